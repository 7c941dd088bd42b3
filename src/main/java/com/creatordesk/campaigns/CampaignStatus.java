package com.creatordesk.campaigns;

import java.util.List;

/**
 * Where a campaign is in its lifecycle. Only Active campaigns are offered when creating a collaboration.
 * Cancelled is final: cancelling also cancels the campaign's open collaborations, which reopening the
 * campaign could not undo.
 */
public enum CampaignStatus {
    DRAFT("Draft"), ACTIVE("Active"), PAUSED("Paused"), COMPLETED("Completed"), CANCELLED("Cancelled");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a campaign in this status may move to. */
    public List<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(ACTIVE, CANCELLED);
            case ACTIVE -> List.of(PAUSED, COMPLETED, CANCELLED);
            case PAUSED -> List.of(ACTIVE, COMPLETED, CANCELLED);
            case COMPLETED -> List.of(ACTIVE);
            case CANCELLED -> List.of();
        };
    }

    public boolean canChangeTo(CampaignStatus status) {
        return next().contains(status);
    }
}
