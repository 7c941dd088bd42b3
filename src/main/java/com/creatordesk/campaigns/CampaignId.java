package com.creatordesk.campaigns;

import java.util.UUID;

/** Identifies a campaign. Other modules hold it instead of a reference to the campaign. */
public record CampaignId(UUID value) {

    public CampaignId {
        if (value == null) {
            throw new IllegalArgumentException("campaign id is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
