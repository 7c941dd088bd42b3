package com.creatordesk.campaigns.domain;

import com.creatordesk.campaigns.CampaignStatus;
import java.util.UUID;

/**
 * One page of the campaign list: what to match, in which order, and where to resume. {@code after} (the
 * last row of the page before) or {@code before} (the first row of the page after) names a campaign, so
 * a page deep in the list costs the same as the first.
 */
public record CampaignListQuery(String search, CampaignStatus status, CampaignOrder order, boolean descending,
        UUID after, UUID before, int size) {

    public CampaignListQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        order = order == null ? CampaignOrder.CREATED : order;
    }

    public boolean filtered() {
        return search != null || status != null;
    }
}
