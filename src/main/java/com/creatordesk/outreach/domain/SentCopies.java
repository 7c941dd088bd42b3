package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.MailboxUnavailableException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of each sent outreach email in the team mailbox's Sent folder, over one IMAP connection for
 * a whole run of sending — right after each email is accepted, so that after a crash the Sent folder tells
 * what went out. Servers that file sent mail themselves (found by looking for the first email) get no second
 * copy; the sandbox never does, so it always gets one. Failing to keep a copy never stops sending.
 */
final class SentCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentCopies.class);
    private static final Session PARSING = Session.getInstance(new Properties());

    private final MailboxSessions sessions;
    private final OrganizationId organization;
    private MailboxSession session;
    private Folder sent;
    private boolean serverKeepsCopies;
    private boolean broken;

    SentCopies(MailboxSessions sessions, OrganizationId organization) {
        this.sessions = sessions;
        this.organization = organization;
    }

    void keep(String messageId, byte[] mime) {
        if (broken) {
            return;
        }
        try {
            if (session == null) {
                session = sessions.open(organization);
                sent = session.sent();
                serverKeepsCopies = !session.isSandbox() && contains(messageId);
            }
            if (!serverKeepsCopies) {
                MimeMessage copy = new MimeMessage(PARSING, new ByteArrayInputStream(mime));
                copy.setFlag(Flags.Flag.SEEN, true);
                sent.appendMessages(new Message[] {copy});
            }
        } catch (MailboxUnavailableException | MessagingException | IllegalStateException e) {
            log.warn("Outreach: couldn't keep copies of sent emails in the Sent folder of organization {} ({}); "
                    + "sending goes on.", organization.value(), e.getMessage());
            broken = true;
        }
    }

    private boolean contains(String messageId) throws MessagingException {
        sent.open(Folder.READ_ONLY);
        try {
            for (Message found : sent.search(new HeaderTerm("Message-ID", messageId))) {
                String[] ids = found.getHeader("Message-ID");
                if (ids != null && Arrays.stream(ids).anyMatch(id -> id.strip().equals(messageId))) {
                    return true;
                }
            }
            return false;
        } finally {
            sent.close(false);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
