package com.creatordesk.outreach.domain;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.outreach.domain.EmailContent.PersonalisedEmail;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Turns a personalised email into an outbox entry: its own id, the Message-ID it will carry, and the
 * unsubscribe link at the foot of the text (and in the List-Unsubscribe header when sent).
 */
@Component
public class OutreachComposer {

    static final String FOOTER = "\n\n--\nDon't want to hear from us again? Unsubscribe: ";

    private final MessageIds messageIds;
    private final UnsubscribeLinks links;

    OutreachComposer(MessageIds messageIds, UnsubscribeLinks links) {
        this.messageIds = messageIds;
        this.links = links;
    }

    /** Where the emails come from and go back to: who sends, for which campaign, and the app's address. */
    public record Origin(OrganizationId organization, UUID campaignId, MemberId sender, String linkBase,
            UUID bulkSendId, UUID draftId) {
    }

    /**
     * Message-IDs for many emails of one organization: the mailbox's domain is looked up once (a look-up per
     * email would cost a database round trip each).
     */
    public Supplier<String> messageIdsFor(OrganizationId organization) {
        String first = messageIds.generate(organization);
        String domain = first.substring(first.indexOf('@') + 1, first.length() - 1);
        return () -> MessageIds.forDomain(domain);
    }

    public OutgoingOutreach compose(Origin origin, RecipientProfile recipient, PersonalisedEmail email,
            Supplier<String> nextMessageId) {
        if (!email.complete() || recipient.email() == null) {
            throw new IllegalStateException("only a complete email with an address can be queued");
        }
        UUID id = UUID.randomUUID();
        String unsubscribe = links.url(origin.linkBase(), id);
        return new OutgoingOutreach(id, origin.organization(), origin.campaignId(), recipient.creatorId(),
                origin.bulkSendId(), origin.draftId(), recipient.displayName(), recipient.email(), email.subject().text(),
                email.body().text() + FOOTER + unsubscribe, unsubscribe, nextMessageId.get(), origin.sender());
    }
}
