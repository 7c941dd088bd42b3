package com.creatordesk.creators.web;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.CreatorPage;
import com.creatordesk.creators.domain.CreatorSearch;
import com.creatordesk.creators.domain.CreatorSort;
import com.creatordesk.creators.domain.Locales;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.shared.PageRequestParams;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the Creators list (and the Creator Tracking list) for a view of it: one page of rows, links, choices. */
@Component
class CreatorListView {

    static final int PAGE_SIZE = PageRequestParams.DEFAULT_SIZE;

    private final CreatorSearch search;
    private final Members members;

    CreatorListView(CreatorSearch search, Members members) {
        this.search = search;
        this.members = members;
    }

    /** The rows of the page the parameters name, with links to the pages around it; {@code path} is the list's. */
    void results(Model model, CreatorListParams params, String path) {
        CurrentMember me = members.requireCurrent();
        CreatorPage page = search.page(me.organizationId().value(), me.id().value(), params.filter(), params.cursor(), PAGE_SIZE);
        model.addAttribute("filters", params);
        model.addAttribute("items", page.rows().stream().map(CreatorListItem::of).toList());
        model.addAttribute("previousUrl", page.previous() == null ? null : params.url(path, page.previous()));
        model.addAttribute("nextUrl", page.next() == null ? null : params.url(path, page.next()));
        model.addAttribute("firstUrl", params.cursor() == null ? null : params.url(path, null));
        model.addAttribute("listUrl", params.url(path, params.cursor()));
        model.addAttribute("countUrl", params.url("/creators/count", null));
        model.addAttribute("exportUrl", params.url("/creators/export.csv", null));
        model.addAttribute("listParameters", params.parameters());
        model.addAttribute("filtered", params.filtered());
        if (!model.containsAttribute("selectedIds")) {
            model.addAttribute("selectedIds", List.of()); // a refused batch shows its rows still checked
        }
    }

    /** What the filter form offers. */
    void choices(Model model) {
        CurrentMember me = members.requireCurrent();
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("sorts", Arrays.stream(CreatorSort.values()).filter(sort -> sort != CreatorSort.TRACKED).toList());
        model.addAttribute("tags", search.tags(me.organizationId().value()));
        model.addAttribute("countries", Locales.COUNTRIES);
        model.addAttribute("languages", Locales.LANGUAGES);
    }
}
