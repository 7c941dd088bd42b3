package com.creatordesk.creators.domain;

import java.util.UUID;

/**
 * A handle or email address that already belongs to another creator of the organization. Screens show the
 * message with a link to {@link #existingId()}.
 */
public class CreatorClash extends CreatorRuleViolation {

    private final UUID existingId;
    private final String existingName;

    public CreatorClash(String field, String what, UUID existingId, String existingName) {
        super(field, what + " already belongs to " + existingName + ".");
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public UUID existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
