package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.creators.CreatorId;
import java.util.UUID;

/**
 * What a new collaboration starts with; {@code emailThread} may be null. {@code sourceMessage} is the inbox's id
 * of the email that caused it (a creator's reply to outreach), linked from its history; null when a member
 * created it.
 */
public record NewCollaboration(CampaignId campaign, CreatorId creator, CollaborationStatus status, DealTerms terms,
        EmailThreadLink emailThread, UUID sourceMessage) {

    public NewCollaboration(CampaignId campaign, CreatorId creator, CollaborationStatus status, DealTerms terms,
            EmailThreadLink emailThread) {
        this(campaign, creator, status, terms, emailThread, null);
    }
}
