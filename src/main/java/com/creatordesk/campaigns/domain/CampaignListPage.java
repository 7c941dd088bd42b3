package com.creatordesk.campaigns.domain;

import java.util.List;
import java.util.UUID;

/**
 * A page of campaigns, how many match in all, and the cursors of the neighbouring pages: {@code before}
 * for the previous page (its first row), {@code after} for the next (its last row); null when there is
 * no such page.
 */
public record CampaignListPage(List<Campaign> campaigns, long total, UUID previousBefore, UUID nextAfter) {
}
