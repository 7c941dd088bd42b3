package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.Collaborations;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Guide 000, automatic creation from outreach replies: a creator's reply in an outreach thread becomes their
 * collaboration in the outreach's campaign, in Negotiating, by "Inbox sync", linked to the thread, its history
 * linking the reply. If the pair already has one, that one is used. The collaboration and the inbox's link to
 * it commit together; a crash, a replayed event or a second reply finds the same collaboration, so there is
 * never a second one.
 */
@Component
class OutreachReplies {

    static final String INBOX_SYNC = "Inbox sync";
    private static final Logger log = LoggerFactory.getLogger(OutreachReplies.class);

    private final Collaborations collaborations;

    OutreachReplies(Collaborations collaborations) {
        this.collaborations = collaborations;
    }

    @ApplicationModuleListener(id = "collaborations-from-outreach-replies")
    void on(CreatorRepliedToOutreach replied) {
        if (replied.campaignId() == null || replied.creatorId() == null) {
            return;
        }
        try {
            collaborations.createIfAbsent(new CampaignId(replied.campaignId()), new CreatorId(replied.creatorId()),
                    CollaborationStatus.NEGOTIATING, INBOX_SYNC, new EmailThreadLink(replied.threadId(), replied.threadSubject()),
                    replied.replyMessageId());
        } catch (NotFoundException | IllegalArgumentException gone) {
            // the campaign was deleted or the creator removed from the pool since the outreach went out
            log.info("Creator {} replied to outreach of campaign {}, but no collaboration can be made: {}",
                    replied.creatorId(), replied.campaignId(), gone.getMessage());
        }
    }
}
