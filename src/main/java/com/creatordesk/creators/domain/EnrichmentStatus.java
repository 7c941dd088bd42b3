package com.creatordesk.creators.domain;

/** Where a creator's enrichment from their public profile page stands. */
public enum EnrichmentStatus {
    PENDING, RUNNING, DONE, FAILED;

    public boolean isOpen() {
        return this == PENDING || this == RUNNING;
    }
}
