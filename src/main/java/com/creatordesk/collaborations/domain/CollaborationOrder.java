package com.creatordesk.collaborations.domain;

import java.util.List;

/**
 * The orders the collaboration list offers. Each names the columns it sorts by, ending in the id so that a
 * row's position can be resumed from with a keyset condition; each has an index on (organization_id, its
 * keys). Status sorts in lifecycle order, then by creator.
 */
public enum CollaborationOrder {
    CREATED(List.of("c.createdAt", "c.id")),
    STATUS(List.of("c.statusRank", "lower(c.creator.name)", "c.id")),
    COST(List.of("c.costSort", "c.id")),
    CREATOR(List.of("lower(c.creator.name)", "c.id"));

    private final List<String> keys;

    CollaborationOrder(List<String> keys) {
        this.keys = keys;
    }

    List<String> keys() {
        return keys;
    }
}
