package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.AppInstance;
import com.creatordesk.inbox.domain.SyncClaims;
import com.creatordesk.inbox.domain.SyncedMailboxes;
import com.creatordesk.inbox.domain.SyncedMailboxes.Registered;
import com.creatordesk.mailbox.Mailboxes;
import com.creatordesk.mailbox.MailboxSessions;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Decides which mailboxes this instance syncs. Every few seconds it renews its claims (stopping the worker
 * of any claim it lost), and claims registered mailboxes nobody holds, starting a {@link MailboxWorker}
 * thread for each. A mailbox on the sandbox is only claimed by the instance whose sandbox holds its mail.
 */
@Component
class SyncCoordinator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncCoordinator.class);

    private final SyncedMailboxes mailboxes;
    private final SyncClaims claims;
    private final Mailboxes mailboxStatus;
    private final MailboxSessions sessions;
    private final MailboxPass pass;
    private final InboxSettings settings;
    private final Clock clock;
    private final String owner;
    private final Map<UUID, MailboxWorker> workers = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService kicks;
    private volatile boolean running;

    SyncCoordinator(SyncedMailboxes mailboxes, SyncClaims claims, Mailboxes mailboxStatus, MailboxSessions sessions,
            MailboxPass pass, InboxSettings settings, Clock clock, AppInstance instance) {
        this.mailboxes = mailboxes;
        this.claims = claims;
        this.mailboxStatus = mailboxStatus;
        this.sessions = sessions;
        this.pass = pass;
        this.settings = settings;
        this.clock = clock;
        this.owner = instance.id();
    }

    @Override
    public void start() {
        running = true;
        if (!settings.syncEnabled()) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("inbox-sync-coordinator"));
        kicks = Executors.newCachedThreadPool(daemon("inbox-sync-kick"));
        ticker.scheduleWithFixedDelay(this::tick, 0, settings.claimCheck().toMillis(), TimeUnit.MILLISECONDS);
        // a mailbox registered just now (first outreach, first Inbox visit) is claimed at once, not at the next check
        mailboxes.onRegistered(this::tickSoon);
        ticker.scheduleWithFixedDelay(this::kickAll, settings.idleRefresh().toMillis(), settings.idleRefresh().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            Set<UUID> held = claims.renew(owner, settings.claimTtl());
            workers.values().removeIf(worker -> {
                boolean keep = worker.isRunning() && held.contains(worker.organization().value());
                if (!keep) {
                    worker.stop();
                }
                return !keep;
            });
            for (Registered mailbox : mailboxes.all()) {
                MailboxWorker local = workers.get(mailbox.organization());
                if (local != null) {
                    if (mailbox.syncRequestedAt() != null) {
                        local.requestSync();
                    }
                } else if (!mailbox.claimLive() && workers.size() < settings.maxMailboxes() && canSync(mailbox)
                        && claims.claim(mailbox.organization(), owner, settings.claimTtl())) {
                    startWorker(mailbox);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Inbox sync coordination failed; trying again shortly", e);
        }
    }

    private void tickSoon() {
        try {
            if (running) {
                ticker.execute(this::tick);
            }
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // shutting down: nothing to claim any more
        }
    }

    /** Sync now: the worker here answers at once; on another instance, at its next tick. */
    void syncNow(UUID organization) {
        mailboxes.requestSync(organization, clock.instant());
        MailboxWorker local = workers.get(organization);
        if (local != null) {
            local.requestSync();
        } else if (ticker != null) {
            tickSoon();
        }
    }

    private boolean canSync(Registered mailbox) {
        if (mailbox.sandboxInstance() == null || mailbox.sandboxInstance().equals(owner)) {
            return true;
        }
        // the sandbox keeps mail in the memory of the instance it runs in
        return !mailboxStatus.status(new OrganizationId(mailbox.organization())).isSandbox();
    }

    private void startWorker(Registered mailbox) {
        MailboxWorker worker = new MailboxWorker(new OrganizationId(mailbox.organization()), mailbox.registeredAt(), owner,
                sessions, pass, mailboxes, settings, clock);
        workers.put(mailbox.organization(), worker);
        Thread thread = new Thread(worker, "inbox-sync-" + mailbox.organization().toString().substring(0, 8));
        thread.setDaemon(true);
        thread.start();
    }

    private void kickAll() {
        workers.values().forEach(worker -> kicks.execute(worker::kick));
    }

    @Override
    public void stop() {
        running = false;
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        workers.values().forEach(MailboxWorker::stop);
        workers.clear();
        kicks.shutdownNow();
        try {
            claims.releaseAll(owner);
        } catch (RuntimeException databaseGone) {
            log.debug("Could not release sync claims on shutdown; they expire on their own", databaseGone);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
