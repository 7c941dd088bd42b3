package com.creatordesk.identity;

import java.util.UUID;

/** Identifies a team member. */
public record MemberId(UUID value) {

    public MemberId {
        if (value == null) {
            throw new IllegalArgumentException("member id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
