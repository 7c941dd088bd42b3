package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.MailStore.ClaimLostException;
import com.creatordesk.inbox.domain.SyncedMailboxes;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.MailboxUnavailableException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one mailbox synced while this instance holds its claim, on a thread of its own: a full pass on
 * connecting and every poll interval, and in between IMAP IDLE on the INBOX so a reply is stored within a
 * second or so of arriving. {@link #kick()} interrupts IDLE regularly (claims, Sync now, the poll clock).
 * A broken connection is reopened after a growing, jittered wait.
 */
final class MailboxWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(MailboxWorker.class);

    private final OrganizationId organization;
    private final Instant registeredAt;
    private final String owner;
    private final MailboxSessions sessions;
    private final MailboxPass pass;
    private final SyncedMailboxes mailboxes;
    private final InboxSettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private volatile boolean running = true;
    private volatile boolean syncRequested;
    private volatile IMAPFolder idling;
    private Instant lastFullPass = Instant.EPOCH;

    MailboxWorker(OrganizationId organization, Instant registeredAt, String owner, MailboxSessions sessions, MailboxPass pass,
            SyncedMailboxes mailboxes, InboxSettings settings, Clock clock) {
        this.organization = organization;
        this.registeredAt = registeredAt;
        this.owner = owner;
        this.sessions = sessions;
        this.pass = pass;
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.clock = clock;
        this.backoff = new Backoff(settings.backoffMin(), settings.backoffMax());
    }

    @Override
    public void run() {
        while (running) {
            try (MailboxSession session = sessions.open(organization)) {
                mailboxes.connected(organization.value(), supportsIdle(session), clock.instant());
                keepSynced(session);
            } catch (ClaimLostException lost) {
                running = false;
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.debug("Inbox sync of {} failed; retrying after a pause", organization, e);
                mailboxes.failed(organization.value(), describe(e), clock.instant());
                pause();
            } finally {
                idling = null;
            }
        }
        mailboxes.disconnected(organization.value());
    }

    private void keepSynced(MailboxSession session) throws MessagingException {
        fullPass(session);
        backoff.reset();
        IMAPFolder inbox = (IMAPFolder) session.inbox();
        inbox.open(Folder.READ_ONLY);
        idling = inbox;
        // not the count now: what arrived between the full pass and this open is only fetched by a pass, and
        // IDLE will not announce it again; -1 makes the first round look (a pass with nothing new costs no fetch)
        int seen = -1;
        boolean idle = supportsIdle(session);
        while (running) {
            if (!inbox.isOpen()) {
                throw new MessagingException("the IMAP connection was closed");
            }
            int count = inbox.getMessageCount();
            if (syncRequested || clock.instant().isAfter(lastFullPass.plus(settings.pollInterval()))) {
                fullPass(session);
            } else if (count != seen) {
                pass.inboxOnly(session, organization, registeredAt, owner, true);
            }
            seen = count;
            if (idle) {
                inbox.idle(true);
            } else {
                sleep(settings.idleRefresh().toMillis());
            }
        }
    }

    private void fullPass(MailboxSession session) throws MessagingException {
        syncRequested = false;
        lastFullPass = clock.instant();
        pass.run(session, organization, registeredAt, owner);
    }

    /** Ends IDLE for a moment (any command on the folder does), so the loop looks at its clock and requests. */
    void kick() {
        IMAPFolder folder = idling;
        if (folder != null && folder.isOpen()) {
            try {
                folder.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
            } catch (MessagingException | RuntimeException broken) {
                // the worker's own loop notices and reconnects
            }
        }
    }

    void requestSync() {
        syncRequested = true;
        backoff.wake();
        kick();
    }

    void stop() {
        running = false;
        backoff.wake();
        kick();
        IMAPFolder folder = idling;
        if (folder != null) {
            FolderSync.close(folder);
        }
    }

    boolean isRunning() {
        return running;
    }

    OrganizationId organization() {
        return organization;
    }

    private void pause() {
        try {
            backoff.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static boolean supportsIdle(MailboxSession session) {
        try {
            return session.store() instanceof IMAPStore imap && imap.hasCapability("IDLE");
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof MailboxUnavailableException ? message : "IMAP: " + message;
    }
}
