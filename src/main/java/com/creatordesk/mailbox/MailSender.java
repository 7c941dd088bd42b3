package com.creatordesk.mailbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.MailOutbox;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The send port: email from an organization's team mailbox (its own, or the sandbox) over SMTP. Failures
 * are returned, never thrown: each {@link SendResult} says sent, temporary or permanent, with the server's
 * words. Calls block on the network: don't hold a database transaction open around them.
 */
@Service
public class MailSender {

    private final MailOutbox outbox;

    MailSender(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public SendResult send(OrganizationId organization, OutgoingMail mail) {
        try (MailBatch batch = openBatch(organization)) {
            return batch.send(mail);
        }
    }

    /** Sends all over one SMTP connection; the results are in the order of {@code mails}. */
    public List<SendResult> sendAll(OrganizationId organization, List<OutgoingMail> mails) {
        List<SendResult> results = new ArrayList<>(mails.size());
        try (MailBatch batch = openBatch(organization)) {
            for (OutgoingMail mail : mails) {
                results.add(batch.send(mail));
            }
        }
        return results;
    }

    /** For senders that record each result as it comes: one SMTP connection until closed. */
    public MailBatch openBatch(OrganizationId organization) {
        return outbox.openBatch(organization);
    }

    /**
     * The email as {@link #send} builds it (same headers and Message-ID; generate the id first), e.g. to
     * keep a copy with {@link #appendToSent}.
     */
    public byte[] toMime(OrganizationId organization, OutgoingMail mail) {
        return outbox.toMime(organization, mail);
    }

    /**
     * Stores a copy in the team mailbox's Sent folder (marked read).
     *
     * @throws MailboxUnavailableException when the mailbox can't be reached
     */
    public void appendToSent(OrganizationId organization, byte[] mime) {
        outbox.appendToSent(organization, mime);
    }

    /**
     * Whether the Sent folder holds a message with this Message-ID — to learn, after a crash, whether a
     * message went out. Never answers false because the mailbox couldn't be asked.
     *
     * @throws MailboxUnavailableException when the mailbox can't be reached
     */
    public boolean existsInSent(OrganizationId organization, String messageId) {
        return outbox.existsInSent(organization, messageId);
    }
}
