package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.outreach.events.OutreachBatchSent;
import com.creatordesk.outreach.events.OutreachSent;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of outreach emails: records them before they are sent, and records what became of them.
 * The recording methods bind the organization themselves (the worker calls them from its own thread),
 * each in a transaction of its own, which announces the emails that went out in one {@link OutreachBatchSent}.
 */
@Service
public class Outbox {

    private final OutreachMessages messages;
    private final OutboxClaims claims;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(OutreachMessages messages, OutboxClaims claims, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** Queues the emails; runs in the caller's transaction, whose commit makes them visible to workers. */
    public List<OutreachMessage> enqueue(Collection<OutgoingOutreach> outgoing) {
        Instant now = clock.instant();
        List<OutreachMessage> queued = outgoing.stream().map(email -> new OutreachMessage(email, now)).toList();
        messages.saveAll(queued);
        return queued;
    }

    /** What the SMTP server answered to each claimed message. */
    public void record(OrganizationId organization, Map<UUID, SendResult> results) {
        Set<UUID> taken = new HashSet<>();
        results.forEach((id, result) -> {
            if (result.isSent()) {
                taken.add(id);
            }
        });
        inTransaction(organization, () -> {
            Instant now = clock.instant();
            List<OutreachMessage> refused = messages.findAllById(results.keySet().stream().filter(id -> !taken.contains(id))
                    .toList());
            refused.forEach(message -> message.refused(results.get(message.getId()), now));
            messages.saveAll(refused);
            return claims.markSent(organization, taken, false, now);
        });
    }

    /** After a crash: messages found in the Sent folder went out; the others are sent again. */
    public void settle(OrganizationId organization, Set<UUID> foundInSent, Set<UUID> notFound) {
        if (foundInSent.isEmpty() && notFound.isEmpty()) {
            return;
        }
        inTransaction(organization, () -> {
            Instant now = clock.instant();
            List<OutreachMessage> unsent = messages.findAllById(notFound);
            unsent.forEach(message -> message.requeue(now));
            messages.saveAll(unsent);
            return claims.markSent(organization, foundInSent, true, now);
        });
    }

    /** Runs the change for the organization in a transaction that announces the emails it made Sent, as one batch. */
    private void inTransaction(OrganizationId organization, Supplier<List<OutreachSent>> change) {
        Tenancy.runAs(organization, () -> transactions.executeWithoutResult(status -> {
            List<OutreachSent> sent = change.get();
            if (!sent.isEmpty()) {
                events.publishEvent(new OutreachBatchSent(organization, sent));
            }
        }));
    }
}
