package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.MessageSource;
import com.creatordesk.inbox.domain.SyncedMailboxes;
import com.creatordesk.inbox.domain.sync.FolderSync.PassResult;
import com.creatordesk.mailbox.MailboxSession;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A polling pass over a mailbox: INBOX, then Sent; records the outcome for the sync status page. */
@Component
class MailboxPass {

    private final FolderSync folders;
    private final SyncedMailboxes mailboxes;
    private final Clock clock;

    MailboxPass(FolderSync folders, SyncedMailboxes mailboxes, Clock clock) {
        this.folders = folders;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    PassResult run(MailboxSession session, OrganizationId organization, Instant registeredAt, String claimOwner)
            throws MessagingException {
        Instant started = clock.instant();
        PassResult inbox = inboxOnly(session, organization, registeredAt, claimOwner, false);
        PassResult sent = folders.sync(session.store(), organization, mailbox(session), session.sentFolderName(),
                MessageSource.SENT, registeredAt, claimOwner);
        mailboxes.succeeded(organization.value(), inbox.lagMillis(), clock.instant());
        mailboxes.syncRequestAnswered(organization.value(), started);
        return new PassResult(inbox.stored() + sent.stored(), inbox.duplicates() + sent.duplicates(),
                inbox.unreadable() + sent.unreadable(), inbox.lagMillis());
    }

    /** Just the INBOX, as when IDLE says something arrived. */
    PassResult inboxOnly(MailboxSession session, OrganizationId organization, Instant registeredAt, String claimOwner,
            boolean record) throws MessagingException {
        PassResult result = folders.sync(session.store(), organization, mailbox(session), session.inboxFolderName(),
                MessageSource.INBOX, registeredAt, claimOwner);
        if (record) {
            mailboxes.succeeded(organization.value(), result.lagMillis(), clock.instant());
        }
        return result;
    }

    static String mailbox(MailboxSession session) {
        return session.teamAddress().toLowerCase(Locale.ROOT);
    }
}
