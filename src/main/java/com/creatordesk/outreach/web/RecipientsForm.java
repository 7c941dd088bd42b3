package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.Audience;
import com.creatordesk.outreach.domain.Audience.Source;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Bulk Send, step 2: where the recipients come from, and the choice for that source. */
record RecipientsForm(String source, List<String> creatorIds, String tag, String listQuery, String handles) {

    static RecipientsForm prefilled(List<String> creators, String tag, String filter) {
        Source source = filter != null && !filter.isBlank() ? Source.FILTER
                : tag != null && !tag.isBlank() ? Source.TAG : Source.SELECTED;
        return new RecipientsForm(source.name(), creators == null ? List.of() : creators, tag, filter, "");
    }

    Audience audience() {
        return new Audience(sourceChoice(), creatorIds == null ? List.of()
                : creatorIds.stream().map(Ids::parse).filter(Objects::nonNull).toList(), tag, listQuery, handles);
    }

    public Source sourceChoice() {
        for (Source choice : Source.values()) {
            if (choice.name().equals(source)) {
                return choice;
            }
        }
        return Source.SELECTED;
    }

    List<UUID> chosenCreators() {
        return audience().creatorIds();
    }
}
