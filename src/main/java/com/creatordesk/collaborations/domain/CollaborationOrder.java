package com.creatordesk.collaborations.domain;

import java.util.List;

/**
 * The orders the collaboration list offers. Each names the columns it sorts by (SQL over the collaborations
 * table), ending in the id so that a row's position can be resumed from with a keyset condition; each has an
 * index on (organization_id, its keys). Status sorts in lifecycle order, then by creator.
 */
public enum CollaborationOrder {
    CREATED(List.of("created_at", "id")),
    STATUS(List.of("status_rank", "lower(creator_name)", "id")),
    COST(List.of("cost_sort", "id")),
    CREATOR(List.of("lower(creator_name)", "id"));

    private final List<String> keys;

    CollaborationOrder(List<String> keys) {
        this.keys = keys;
    }

    List<String> keys() {
        return keys;
    }
}
