package com.creatordesk.identity;

import java.util.UUID;

/** Identifies an organization, the tenant every brand-owned row belongs to. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        if (value == null) {
            throw new IllegalArgumentException("organization id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
