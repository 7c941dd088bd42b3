package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of outreach emails: records them before they are sent, and records what became of them.
 * The recording methods bind the organization themselves (the worker calls them from its own thread),
 * each in a transaction of its own, in which OutreachSent is published for every email that went out.
 */
@Service
public class Outbox {

    private final OutreachMessages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Outbox(OutreachMessages messages, PlatformTransactionManager transactionManager, Clock clock) {
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
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
        inTransaction(organization, results.keySet(), (message, now) -> message.record(results.get(message.getId()), now));
    }

    /** After a crash: messages found in the Sent folder went out; the others are sent again. */
    public void settle(OrganizationId organization, Set<UUID> foundInSent, Set<UUID> notFound) {
        Set<UUID> all = new HashSet<>(foundInSent);
        all.addAll(notFound);
        inTransaction(organization, all, (message, now) -> {
            if (foundInSent.contains(message.getId())) {
                message.markSent(now);
            } else {
                message.requeue(now);
            }
        });
    }

    private interface Change {
        void apply(OutreachMessage message, Instant now);
    }

    private void inTransaction(OrganizationId organization, Collection<UUID> ids, Change change) {
        if (ids.isEmpty()) {
            return;
        }
        Tenancy.runAs(organization, () -> transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<OutreachMessage> found = messages.findAllById(ids);
            found.forEach(message -> change.apply(message, now));
            messages.saveAll(found);
        }));
    }
}
