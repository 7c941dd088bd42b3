package com.creatordesk.collaborations.events;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/**
 * A collaboration moved from one status to another. {@code reason} is set when it was cancelled;
 * {@code actorMember} is null when a process (such as "System" cancelling with its campaign) moved it.
 */
public record CollaborationStatusChanged(OrganizationId organizationId, CollaborationId collaboration,
        CampaignId campaign, CreatorId creator, CollaborationStatus from, CollaborationStatus to,
        CancellationReason reason, MemberId actorMember, String actor) implements OrganizationScoped {
}
