package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a batch operation did: how many collaborations it changed, and exactly which selected ones it
 * skipped and why. {@code name} is the creator's name, or null for an id that is not found (deleted, or
 * not in the organization).
 */
public record BatchResult(int applied, List<Skipped> skipped) {

    public record Skipped(UUID id, String name, String reason) {
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
