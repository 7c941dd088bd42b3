package com.creatordesk.creators;

import java.util.UUID;

/** Identifies a creator in an organization's Creator Pool. */
public record CreatorId(UUID value) {

    public CreatorId {
        if (value == null) {
            throw new IllegalArgumentException("creator id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
