package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MailboxUnavailableException;
import com.creatordesk.outreach.domain.OutboxClaims.Orphan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages left Sending by an instance that died between "sending" and "sent": each is looked up in the
 * Sent folder by its Message-ID before anything is sent again — found, it is Sent (and announced); not
 * found, it is queued again. When the mailbox can't be asked, the messages wait for the next round.
 */
@Component
public class SendingRecovery {

    /** A claim this old is abandoned even if its worker still beats: no batch takes that long. */
    static final Duration STUCK = Duration.ofMinutes(60);

    private static final Logger log = LoggerFactory.getLogger(SendingRecovery.class);

    private final OutboxClaims claims;
    private final OutboxWorkers workers;
    private final Outbox outbox;
    private final MailSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SendingRecovery(OutboxClaims claims, OutboxWorkers workers, Outbox outbox, MailSender sender,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.claims = claims;
        this.workers = workers;
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Recovers every organization's orphaned messages; returns how many were settled. */
    public int recoverAll() {
        int settled = 0;
        for (OrganizationId organization : claims.organizationsWithOrphans(workers.alive(), clock.instant().minus(STUCK))) {
            settled += recover(organization);
        }
        return settled;
    }

    public int recover(OrganizationId organization) {
        Instant now = clock.instant();
        List<Orphan> orphans = Tenancy.callAs(organization, () -> transactions.execute(status ->
                claims.adoptOrphans(organization, workers.self(), workers.alive(), now.minus(STUCK), now)));
        Set<UUID> found = new HashSet<>();
        Set<UUID> notFound = new HashSet<>();
        try {
            for (Orphan orphan : orphans) {
                (sender.existsInSent(organization, orphan.messageId()) ? found : notFound).add(orphan.id());
            }
        } catch (MailboxUnavailableException e) {
            log.warn("Outreach: couldn't look up {} unfinished emails of organization {} in the Sent folder ({}); "
                    + "trying again later.", orphans.size(), organization.value(), e.getMessage());
            claims.release(organization, orphans.stream().map(Orphan::id)
                    .filter(id -> !found.contains(id) && !notFound.contains(id)).toList());
        }
        outbox.settle(organization, found, notFound);
        return found.size() + notFound.size();
    }
}
