package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.domain.mime.ParsedMail;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores fetched messages: each chunk in one transaction together with the folder's new cursor and the
 * events it causes (which go to the event publication registry), so stopping the app at any moment loses
 * nothing and stores nothing twice. A message whose Message-ID is already stored is skipped.
 */
@Component
public class MailStore {

    /** The sync claim moved to another instance while this one was fetching: its chunk is not stored. */
    public static class ClaimLostException extends RuntimeException {
        ClaimLostException(OrganizationId organization) {
            super("the sync claim on " + organization + " is no longer held by this instance");
        }
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final Messages messages;
    private final Threads threads;
    private final ThreadKeys keys;
    private final OutreachLog outreach;
    private final FolderCursors cursors;
    private final UnreadableMessages unreadable;
    private final SyncClaims claims;
    private final InboxLocks locks;
    private final MessageRows rows;
    private final MessageEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailStore(Messages messages, Threads threads, ThreadKeys keys, OutreachLog outreach, FolderCursors cursors,
            UnreadableMessages unreadable, SyncClaims claims, InboxLocks locks, MessageRows rows, MessageEvents events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.messages = messages;
        this.threads = threads;
        this.keys = keys;
        this.outreach = outreach;
        this.cursors = cursors;
        this.unreadable = unreadable;
        this.claims = claims;
        this.locks = locks;
        this.rows = rows;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public StoreResult store(FetchedChunk chunk) {
        return Tenancy.callAs(chunk.organization(), () -> transactions.execute(status -> write(chunk)));
    }

    /** A message the team sent from the app: stored at once in its thread (the Sent folder copy is skipped later). */
    public UUID storeSentFromApp(OrganizationId organization, String teamAddress, ParsedMail mail) {
        return Tenancy.callAs(organization, () -> transactions.execute(status -> {
            locks.lockThreadsOf(organization.value());
            record(organization, teamAddress, fresh(List.of(mail)), MessageSource.APP, null);
            return messages.findByMessageId(mail.messageId()).map(EmailMessage::getThreadId).orElseThrow();
        }));
    }

    private StoreResult write(FetchedChunk chunk) {
        UUID organization = chunk.organization().value();
        locks.lockThreadsOf(organization);
        rows.planForActualValues();
        if (chunk.claimOwner() != null && !claims.holds(organization, chunk.claimOwner())) {
            throw new ClaimLostException(chunk.organization());
        }
        Instant now = clock.instant();
        List<ParsedMail> readable = chunk.messages().stream().filter(Fetched::isReadable).map(Fetched::mail).toList();
        List<ParsedMail> fresh = fresh(readable);
        List<EmailMessage> stored = record(chunk.organization(), chunk.mailbox(), fresh, chunk.source(), chunk.historicalBefore());
        List<Fetched> unreadableOnes = chunk.messages().stream().filter(fetched -> !fetched.isReadable()).toList();
        unreadableOnes.forEach(fetched -> unreadable.save(organization, chunk, fetched, now));
        cursors.advance(organization, chunk.mailbox(), chunk.folder(), chunk.uidValidity(), chunk.lastUid(), now);
        entityManager.flush();
        Long lag = stored.stream().map(EmailMessage::getReceivedAt)
                .filter(at -> chunk.historicalBefore() == null || !at.isBefore(chunk.historicalBefore()))
                .max(Instant::compareTo).map(at -> Math.max(0, Duration.between(at, now).toMillis())).orElse(null);
        return new StoreResult(stored.size(), readable.size() - fresh.size(), unreadableOnes.size(), lag);
    }

    /** Those not stored yet, each Message-ID once. */
    private List<ParsedMail> fresh(List<ParsedMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>(messages.findExistingMessageIds(mails.stream().map(ParsedMail::messageId).toList()));
        List<ParsedMail> fresh = new ArrayList<>();
        for (ParsedMail mail : mails) {
            if (seen.add(mail.messageId())) {
                fresh.add(mail);
            }
        }
        return fresh;
    }

    private List<EmailMessage> record(OrganizationId organization, String teamAddress, List<ParsedMail> mails,
            MessageSource source, Instant historicalBefore) {
        if (mails.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        mails.forEach(mail -> ids.addAll(mail.threadKeys()));
        ThreadAssignment assignment = new ThreadAssignment(organization.value(), ids, threads, keys, entityManager);
        var sent = outreach.find(organization.value(), ids);
        String team = teamAddress.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        List<EmailMessage> stored = new ArrayList<>(mails.size());
        for (ParsedMail mail : mails) {
            EmailThread thread = assignment.threadFor(mail, now);
            boolean outbound = source != MessageSource.INBOX || team.equals(mail.fromAddress());
            EmailMessage message = new EmailMessage(mail, thread.getId(), outbound ? Direction.OUTBOUND : Direction.INBOUND, source, now);
            assignment.recorded(message);
            List<String> outside = mail.addresses().stream().filter(address -> !address.equals(team)).toList();
            thread.record(message, outside, outbound ? null : mail.fromName());
            mail.threadKeys().stream().map(sent::get).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(o -> thread.linkOutreach(o.messageId(), o.campaignId(), o.creatorId()));
            boolean historical = historicalBefore != null && mail.receivedAt().isBefore(historicalBefore);
            events.stored(organization, thread, message, mail, historical, sent);
            stored.add(message);
        }
        assignment.persistStarted();
        entityManager.flush(); // the new threads first: the messages and keys name them
        rows.insert(organization.value(), stored);
        assignment.saveKeys();
        return stored;
    }
}
