package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxUnavailableException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.springframework.stereotype.Component;

/** Opens IMAP sessions to team mailboxes and says in plain words why one couldn't be opened. */
@Component
public class ImapSessions {

    private final TeamMailboxes mailboxes;

    ImapSessions(TeamMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    public MailboxSession open(OrganizationId organization) {
        TeamMailbox mailbox = mailboxes.require(organization);
        Store store = null;
        try {
            store = MailConnections.connectImap(mailbox, MailConnections.DEFAULT_TIMEOUT);
            return new Session(store, mailbox, SentFolders.findOrCreate(store));
        } catch (MessagingException e) {
            closeQuietly(store);
            throw new MailboxUnavailableException(
                    ConnectionProblems.describe("IMAP", mailbox.imap(), e, MailConnections.DEFAULT_TIMEOUT), e);
        }
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException alreadyClosed) {
                // nothing to release
            }
        }
    }

    private record Session(Store store, TeamMailbox mailbox, String sentFolderName) implements MailboxSession {

        @Override
        public String teamAddress() {
            return mailbox.senderAddress();
        }

        @Override
        public boolean isSandbox() {
            return mailbox.sandbox();
        }

        @Override
        public String inboxFolderName() {
            return "INBOX";
        }

        @Override
        public void close() {
            closeQuietly(store);
        }

        @Override
        public String toString() {
            return "MailboxSession[" + mailbox.senderAddress() + "]";
        }
    }
}
