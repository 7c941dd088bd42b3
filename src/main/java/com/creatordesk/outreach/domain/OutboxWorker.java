package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox in the background on a thread of its own (sending blocks on the network): an
 * organization's run starts when its emails are queued ({@link #wake}) and, on every instance, when polling
 * finds due messages (retries, tomorrow's quota, other instances' work). Recovery of messages an instance
 * left Sending runs at start-up and then regularly.
 */
@Component
public class OutboxWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "outreach-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<OrganizationId> pending = ConcurrentHashMap.newKeySet();
    private final OutboxDrain drain;
    private final OutboxClaims claims;
    private final SendingRecovery recovery;
    private final OutreachProperties properties;
    private final Clock clock;

    OutboxWorker(OutboxDrain drain, OutboxClaims claims, SendingRecovery recovery, OutreachProperties properties,
            Clock clock) {
        this.drain = drain;
        this.claims = claims;
        this.recovery = recovery;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a run for the organization soon, unless one is already waiting to start. */
    public void wake(OrganizationId organization) {
        if (pending.add(organization)) {
            executor.execute(() -> {
                pending.remove(organization);
                safely(() -> drain.drain(organization));
            });
        }
    }

    /** Sends what is due for the organization now, on the caller's thread; returns how many were handled. */
    public int drainNow(OrganizationId organization) {
        return drain.drain(organization);
    }

    @Scheduled(fixedDelayString = "${creatordesk.outreach.poll-interval:2s}", initialDelay = 5_000)
    void poll() {
        if (properties.polling()) {
            claims.organizationsWithDueMessages(clock.instant(), 100).forEach(this::wake);
        }
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 60_000)
    void recoverRegularly() {
        if (properties.polling()) {
            executor.execute(() -> safely(recovery::recoverAll));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAfterStart() {
        executor.execute(() -> safely(recovery::recoverAll));
    }

    private static void safely(Supplier<Integer> work) {
        try {
            work.get();
        } catch (RuntimeException e) {
            // the messages stay where they are (Queued, or Sending until recovered) and are picked up again
            log.error("Outreach: a sending run stopped", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
