package com.creatordesk.collaborations.events;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.UUID;

/**
 * A collaboration was created, by a member ({@code actorMember} set) or by a process such as inbox sync
 * ({@code actorMember} null, {@code actor} names the process). {@code emailThread} is the linked thread,
 * or null.
 */
public record CollaborationCreated(OrganizationId organizationId, CollaborationId collaboration, CampaignId campaign,
        CreatorId creator, CollaborationStatus status, UUID emailThread, MemberId actorMember, String actor)
        implements OrganizationScoped {
}
