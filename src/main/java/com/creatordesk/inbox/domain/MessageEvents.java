package com.creatordesk.inbox.domain;

import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.OutreachLog.Outreach;
import com.creatordesk.inbox.domain.mime.MailKind;
import com.creatordesk.inbox.domain.mime.ParsedMail;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.inbox.events.MessageReceived;
import com.creatordesk.outreach.events.OutreachBounced;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The facts a stored message makes known, published in the storing transaction: a message received from
 * outside, a creator's reply inside an outreach thread (which auto-creates the collaboration), and a
 * delivery failure of an outreach email. Auto-replies and bounces are never a creator's reply.
 */
@Component
class MessageEvents {

    private final ApplicationEventPublisher publisher;
    private final Creators creators;

    MessageEvents(ApplicationEventPublisher publisher, Creators creators) {
        this.publisher = publisher;
        this.creators = creators;
    }

    void stored(OrganizationId organization, EmailThread thread, EmailMessage message, ParsedMail mail, boolean historical,
            Map<String, Outreach> sent) {
        if (message.isInbound() && message.isConversation()) {
            if (!historical) {
                publisher.publishEvent(new MessageReceived(organization, thread.getId(), message.getId(),
                        creatorOf(message.getFromAddress(), thread), message.getFromAddress(), message.getSubject()));
            }
            if (mail.isReply() && thread.answersOutreach()) {
                repliedToOutreach(organization, thread, message);
            }
        }
        if (message.getKind() == MailKind.BOUNCE && mail.bouncedMessageId() != null && sent.containsKey(mail.bouncedMessageId())) {
            bounced(organization, mail.bouncedMessageId(), message.getDiagnostic());
        }
    }

    void repliedToOutreach(OrganizationId organization, EmailThread thread, EmailMessage reply) {
        publisher.publishEvent(new CreatorRepliedToOutreach(organization, thread.getId(), reply.getId(), thread.getCampaignId(),
                thread.getCreatorId(), thread.getSubject()));
    }

    void bounced(OrganizationId organization, String outreachMessageId, String diagnostic) {
        publisher.publishEvent(new OutreachBounced(organization, outreachMessageId, diagnostic));
    }

    private UUID creatorOf(String address, EmailThread thread) {
        if (address != null) {
            UUID matched = creators.findByEmail(address).map(CreatorSummary::id).map(id -> id.value()).orElse(null);
            if (matched != null) {
                return matched;
            }
        }
        return thread.getCreatorId();
    }
}
