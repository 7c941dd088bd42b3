package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CollaborationStatus;
import java.util.UUID;

/**
 * One page of the collaboration list: what to match (creator name or handle, status, creator, campaign,
 * tag), in which order, and where to resume. {@code after} (the last row of the page before) or
 * {@code before} (the first row of the page after) names a collaboration, so a page deep in the list
 * costs the same as the first.
 */
public record CollaborationListQuery(String search, CollaborationStatus status, UUID creator, UUID campaign,
        String tag, CollaborationOrder order, boolean descending, UUID after, UUID before, int size) {

    public CollaborationListQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        order = order == null ? CollaborationOrder.CREATED : order;
    }

    public boolean filtered() {
        return search != null || status != null || creator != null || campaign != null || tag != null;
    }

    public CollaborationListQuery after(UUID last, int pageSize) {
        return new CollaborationListQuery(search, status, creator, campaign, tag, order, descending, last, null, pageSize);
    }
}
