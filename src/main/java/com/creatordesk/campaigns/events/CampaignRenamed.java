package com.creatordesk.campaigns.events;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/** A campaign's name changed (modules that show it next to their own rows keep a copy of it). */
public record CampaignRenamed(OrganizationId organizationId, CampaignId campaign, String name) implements OrganizationScoped {
}
