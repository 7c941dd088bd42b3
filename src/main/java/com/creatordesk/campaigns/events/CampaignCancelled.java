package com.creatordesk.campaigns.events;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/** A campaign was cancelled; its open collaborations are to be cancelled with the reason Campaign cancelled. */
public record CampaignCancelled(OrganizationId organizationId, CampaignId campaign) implements OrganizationScoped {
}
