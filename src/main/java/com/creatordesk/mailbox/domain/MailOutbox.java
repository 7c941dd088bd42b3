package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxUnavailableException;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** Sending and the Sent folder, behind the module's {@code MailSender} facade. */
@Component
public class MailOutbox {

    private final TeamMailboxes mailboxes;
    private final ImapSessions sessions;
    private final Clock clock;

    MailOutbox(TeamMailboxes mailboxes, ImapSessions sessions, Clock clock) {
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.clock = clock;
    }

    public MailBatch openBatch(OrganizationId organization) {
        try {
            TeamMailbox mailbox = mailboxes.require(organization);
            return new SmtpBatch(mailbox, SentCopies.of(mailbox), clock, MailConnections.DEFAULT_TIMEOUT);
        } catch (MailboxUnavailableException e) {
            return SmtpBatch.unavailable(e.getMessage());
        }
    }

    /** Sends as someone else than the team: the sandbox's creators, who reach the same SMTP server. */
    public MailBatch openBatch(TeamMailbox sender) {
        return new SmtpBatch(sender, SentCopies.none(), clock, MailConnections.DEFAULT_TIMEOUT);
    }

    public byte[] toMime(OrganizationId organization, OutgoingMail mail) {
        return toMime(mailboxes.require(organization), mail);
    }

    public byte[] toMime(TeamMailbox mailbox, OutgoingMail mail) {
        String messageId = mail.messageId() != null ? mail.messageId() : MessageIds.forDomain(mailbox.domain());
        try {
            return OutgoingMessages.bytes(OutgoingMessages.build(MailConnections.smtpSession(mailbox,
                    MailConnections.DEFAULT_TIMEOUT), mailbox, mail, messageId, clock.instant()));
        } catch (MessagingException invalidAddress) {
            throw new IllegalArgumentException("Invalid recipient address: " + invalidAddress.getMessage(), invalidAddress);
        }
    }

    public void appendToSent(OrganizationId organization, byte[] mime) {
        try (MailboxSession session = sessions.open(organization)) {
            MimeMessage message = new UndatedCopy(mime);
            message.setFlag(Flags.Flag.SEEN, true);
            Folder sent = session.sent();
            sent.appendMessages(new Message[] {message});
        } catch (MessagingException e) {
            throw new MailboxUnavailableException("IMAP: couldn't store the message in the Sent folder ("
                    + e.getMessage() + ").", e);
        }
    }

    public boolean existsInSent(OrganizationId organization, String messageId) {
        try (MailboxSession session = sessions.open(organization)) {
            Folder sent = session.sent();
            sent.open(Folder.READ_ONLY);
            try {
                // IMAP HEADER search matches substrings; keep only exact Message-IDs
                for (Message found : sent.search(new HeaderTerm("Message-ID", messageId))) {
                    if (hasMessageId(found, messageId)) {
                        return true;
                    }
                }
                return false;
            } finally {
                sent.close(false);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailableException("IMAP: couldn't search the Sent folder (" + e.getMessage() + ").", e);
        }
    }

    private static boolean hasMessageId(Message message, String messageId) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        return ids != null && Arrays.stream(ids).anyMatch(id -> id.strip().equals(messageId.strip()));
    }
}
