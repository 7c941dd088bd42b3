package com.creatordesk.outreach;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.domain.Collaborators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach module's facade. Outreach tells other modules what it sent through events
 * ({@code OutreachSent}); this facade takes the one fact it needs from a module above it.
 *
 * <p>Bulk sends skip creators "already in a collaboration" for the campaign. Outreach must not depend on
 * the collaborations module (which depends on the inbox, which depends on outreach), so it can't listen to
 * {@code CollaborationCreated}. Instead the module that creates collaborations reports each one here; until
 * it does, that skip rule finds nobody. Idempotent: reporting a pair twice changes nothing.
 */
@Service
public class Outreach {

    private final Collaborators collaborators;

    Outreach(Collaborators collaborators) {
        this.collaborators = collaborators;
    }

    /** The creator is in a collaboration for the campaign: later bulk sends for it skip them. */
    @Transactional
    public void collaborationStarted(OrganizationId organization, CampaignId campaign, CreatorId creator) {
        collaborators.record(organization, campaign.value(), creator.value());
    }

    /** The collaboration is gone (deleted), so the creator may be written to again for the campaign. */
    @Transactional
    public void collaborationRemoved(OrganizationId organization, CampaignId campaign, CreatorId creator) {
        collaborators.forget(organization, campaign.value(), creator.value());
    }
}
