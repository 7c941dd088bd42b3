package com.creatordesk.collaborations;

import java.util.UUID;

/** Identifies a collaboration. Other modules hold it instead of a reference to the collaboration. */
public record CollaborationId(UUID value) {

    public CollaborationId {
        if (value == null) {
            throw new IllegalArgumentException("collaboration id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
