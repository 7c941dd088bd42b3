package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.creators.CreatorId;

/** What a new collaboration starts with; {@code emailThread} may be null. */
public record NewCollaboration(CampaignId campaign, CreatorId creator, CollaborationStatus status, DealTerms terms,
        EmailThreadLink emailThread) {
}
