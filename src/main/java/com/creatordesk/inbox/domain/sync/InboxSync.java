package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.AppInstance;
import com.creatordesk.inbox.domain.SyncedMailboxes;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxSessions;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * What the rest of the inbox asks of the sync: start syncing an organization's mailbox, Sync now, and a
 * one-off pass on the caller's thread (demo data, tests, benchmarks).
 */
@Service
public class InboxSync {

    private final SyncedMailboxes mailboxes;
    private final SyncCoordinator coordinator;
    private final MailboxSessions sessions;
    private final MailboxPass pass;
    private final AppInstance instance;
    private final Clock clock;

    InboxSync(SyncedMailboxes mailboxes, SyncCoordinator coordinator, MailboxSessions sessions, MailboxPass pass,
            AppInstance instance, Clock clock) {
        this.mailboxes = mailboxes;
        this.coordinator = coordinator;
        this.sessions = sessions;
        this.pass = pass;
        this.instance = instance;
        this.clock = clock;
    }

    /** Idempotent: from now on some instance keeps the organization's mailbox synced. */
    public void register(OrganizationId organization) {
        mailboxes.register(organization.value(), instance.id(), clock.instant());
    }

    public void syncNow(OrganizationId organization) {
        register(organization);
        coordinator.syncNow(organization.value());
    }

    /** Result of a pass run on the caller's thread. */
    public record Synced(int stored, int duplicates, int unreadable) {
    }

    /**
     * Connects, syncs INBOX and Sent once, and disconnects, on the calling thread (no claim needed: storing is
     * safe alongside a worker, duplicates are skipped).
     *
     * @throws com.creatordesk.mailbox.MailboxUnavailableException when the mailbox can't be opened
     */
    public Synced syncOnce(OrganizationId organization) throws MessagingException {
        register(organization);
        Instant registeredAt = mailboxes.health(organization.value()).orElseThrow().registeredAt();
        try (MailboxSession session = sessions.open(organization)) {
            var result = pass.run(session, organization, registeredAt, null);
            return new Synced(result.stored(), result.duplicates(), result.unreadable());
        } catch (MessagingException e) {
            mailboxes.failed(organization.value(), "IMAP: " + e.getMessage(), clock.instant());
            throw e;
        }
    }
}
