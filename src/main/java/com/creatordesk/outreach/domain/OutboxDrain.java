package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organization's sending run: claim due messages (committed as Sending before any SMTP), send them over
 * one SMTP connection kept for the whole run, keep copies in the Sent folder, record the results; again
 * until nothing is due or a limit is reached. Only the organization's own mailbox is ever used.
 */
@Component
class OutboxDrain {

    private final OutboxClaims claims;
    private final Outbox outbox;
    private final MailSender sender;
    private final MailboxSessions sessions;
    private final OutboxWorkers workers;
    private final OutreachProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxDrain(OutboxClaims claims, Outbox outbox, MailSender sender, MailboxSessions sessions, OutboxWorkers workers,
            OutreachProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.claims = claims;
        this.outbox = outbox;
        this.sender = sender;
        this.sessions = sessions;
        this.workers = workers;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends what is due for the organization now; returns how many messages it handled. */
    int drain(OrganizationId organization) {
        int handled = 0;
        MailBatch batch = null;
        try (SentCopies copies = new SentCopies(sessions, organization)) {
            while (true) {
                List<ClaimedMessage> claimed = Tenancy.callAs(organization, () -> transactions.execute(status ->
                        claims.claim(organization, properties.batchSize(), workers.self(), clock.instant())));
                if (claimed.isEmpty()) {
                    return handled;
                }
                if (batch == null) {
                    batch = sender.openBatch(organization);
                }
                Map<UUID, SendResult> results = new LinkedHashMap<>();
                for (ClaimedMessage message : claimed) {
                    OutgoingMail mail = message.toMail();
                    SendResult result = batch.send(mail);
                    if (result.isSent()) {
                        copies.keep(message.messageId(), batch.toMime(mail));
                    }
                    results.put(message.id(), result);
                }
                outbox.record(organization, results);
                handled += claimed.size();
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
    }
}
