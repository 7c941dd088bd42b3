package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.CampaignStatus;
import java.util.List;

/** A status button on the campaign page; Cancel campaign has its own, with a confirmation. */
record StatusAction(CampaignStatus to, String label) {

    static List<StatusAction> from(CampaignStatus current) {
        return current.next().stream()
                .filter(to -> to != CampaignStatus.CANCELLED)
                .map(to -> new StatusAction(to, label(current, to)))
                .toList();
    }

    private static String label(CampaignStatus from, CampaignStatus to) {
        return switch (to) {
            case ACTIVE -> switch (from) {
                case PAUSED -> "Resume";
                case COMPLETED -> "Reopen";
                default -> "Activate";
            };
            case PAUSED -> "Pause";
            case COMPLETED -> "Mark completed";
            default -> to.label();
        };
    }

    /** What the page says after the change. */
    static String done(CampaignStatus to) {
        return switch (to) {
            case ACTIVE -> "Campaign is now Active.";
            case PAUSED -> "Campaign paused.";
            case COMPLETED -> "Campaign marked completed.";
            case CANCELLED -> "Campaign cancelled.";
            case DRAFT -> "Campaign is now a Draft.";
        };
    }
}
