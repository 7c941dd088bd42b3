package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organization's sending run: claim due messages (committed as Sending before any SMTP), send them over
 * one SMTP connection kept for the whole run, keep a copy of each in the Sent folder as soon as it is
 * accepted (what crash recovery looks for; the copies go on beside the sending), record the results once
 * their copies were kept; again until nothing is due or a limit is reached. Only the organization's own
 * mailbox is ever used. The database work runs beside the sending, on two threads of its own so that neither
 * waits for the other: the next claims two batches ahead, the results a batch behind.
 */
@Component
class OutboxDrain implements DisposableBean {

    /** Batches claimed ahead of the one being sent, so a slow claim now and then never holds the sending up. */
    private static final int CLAIMS_AHEAD = 2;

    private final ExecutorService claiming = databaseThread("outreach-outbox-claims");
    private final ExecutorService recording = databaseThread("outreach-outbox-results");
    private final OutboxClaims claims;
    private final Outbox outbox;
    private final MailSender sender;
    private final OutboxWorkers workers;
    private final OutreachProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxDrain(OutboxClaims claims, Outbox outbox, MailSender sender, OutboxWorkers workers,
            OutreachProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.claims = claims;
        this.outbox = outbox;
        this.sender = sender;
        this.workers = workers;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    private static ExecutorService databaseThread(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends what is due for the organization now; returns how many messages it handled. */
    int drain(OrganizationId organization) {
        int handled = 0;
        List<Future<?>> recorded = new ArrayList<>();
        Deque<Future<List<ClaimedMessage>>> claimedAhead = new ArrayDeque<>();
        for (int i = 0; i < CLAIMS_AHEAD; i++) {
            claimedAhead.add(claiming.submit(() -> claim(organization)));
        }
        boolean finished = false;
        try (MailBatch batch = sender.openBatch(organization)) {
            while (!claimedAhead.isEmpty()) {
                List<ClaimedMessage> claimed = await(claimedAhead.poll());
                if (claimed.isEmpty()) {
                    continue; // nothing more was due: the claims still under way decide whether the run goes on
                }
                claimedAhead.add(claiming.submit(() -> claim(organization)));
                Map<UUID, SendResult> results = new LinkedHashMap<>();
                List<CompletableFuture<Void>> copies = new ArrayList<>(claimed.size());
                for (ClaimedMessage message : claimed) {
                    OutgoingMail mail = message.toMail();
                    SendResult result = batch.send(mail);
                    copies.add(batch.keepInSent(mail, result));
                    results.put(message.id(), result);
                }
                // recorded Sent only once their copies are in the Sent folder (or given up)
                recorded.add(CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new))
                        .thenRunAsync(() -> outbox.record(organization, results), recording));
                handled += claimed.size();
            }
            finished = true;
        } finally {
            if (!finished) {
                // the batches claimed ahead were never sent: back to the queue (nothing of them left this instance)
                claimedAhead.forEach(ahead -> requeue(organization, ahead));
            }
            recorded.forEach(OutboxDrain::await);
        }
        return handled;
    }

    private void requeue(OrganizationId organization, Future<List<ClaimedMessage>> claimedAhead) {
        try {
            Set<UUID> unsent = await(claimedAhead).stream().map(ClaimedMessage::id).collect(Collectors.toSet());
            outbox.settle(organization, Set.of(), unsent);
        } catch (RuntimeException e) {
            // nothing was claimed, or the claims wait for recovery like any unfinished one
        }
    }

    private List<ClaimedMessage> claim(OrganizationId organization) {
        return Tenancy.callAs(organization, () -> transactions.execute(status ->
                claims.claim(organization, properties.batchSize(), workers.self(), clock.instant())));
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the outbox's database work", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        claiming.shutdown();
        recording.shutdown();
    }
}
