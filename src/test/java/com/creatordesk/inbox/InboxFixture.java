package com.creatordesk.inbox;

import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.creators.Platform;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.domain.sync.InboxSync;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.sandbox.SandboxComposer;
import com.creatordesk.mailbox.sandbox.SandboxEntry;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import com.creatordesk.outreach.events.OutreachBatchSent;
import com.creatordesk.outreach.events.OutreachSent;
import com.creatordesk.mailbox.sandbox.SandboxFolders;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outside world of the inbox in tests, through the real sandbox mail server: an organization, creators in
 * its pool, outreach sent the way the outreach module sends it (SMTP, a copy in Sent, OutreachSent), and
 * creators replying from the Sandbox.
 */
public class InboxFixture {

    public record Org(SignedIn owner, OrganizationId id) {
    }

    public record Outreach(String messageId, UUID campaignId, CreatorId creator, String address) {
    }

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final Creators creators;
    private final MailSender sender;
    private final MessageIds messageIds;
    private final SandboxComposer composer;
    private final SandboxMessages sandbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final InboxSync sync;
    private final SandboxServer sandboxServer;

    public static InboxFixture of(ApplicationContext context) {
        return new InboxFixture(context.getBean(MockMvc.class), context.getBean(JdbcTemplate.class),
                context.getBean(Creators.class), context.getBean(MailSender.class), context.getBean(MessageIds.class),
                context.getBean(SandboxComposer.class), context.getBean(SandboxMessages.class), context,
                context.getBean(TransactionTemplate.class), context.getBean(InboxSync.class),
                context.getBean(SandboxServer.class));
    }

    private InboxFixture(MockMvc mvc, JdbcTemplate jdbc, Creators creators, MailSender sender, MessageIds messageIds,
            SandboxComposer composer, SandboxMessages sandbox, ApplicationEventPublisher events,
            TransactionTemplate transactions, InboxSync sync, SandboxServer sandboxServer) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.creators = creators;
        this.sender = sender;
        this.messageIds = messageIds;
        this.composer = composer;
        this.sandbox = sandbox;
        this.events = events;
        this.transactions = transactions;
        this.sync = sync;
        this.sandboxServer = sandboxServer;
    }

    public Org organization(String name) throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, name);
        return new Org(owner, new OrganizationId(jdbc.queryForObject("select organization_id from members where email = ?",
                UUID.class, owner.email())));
    }

    public CreatorId creator(Org org, String email) {
        String handle = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9_.]", "_");
        return Tenancy.callAs(org.id(), () -> creators.quickAdd(Platform.INSTAGRAM, handle, email)).id();
    }

    /** Sends outreach like the outreach module: SMTP, a copy in Sent, then its announcement in a transaction. */
    public Outreach outreach(Org org, CreatorId creator, String address, UUID campaignId, String subject) {
        String messageId = messageIds.generate(org.id());
        OutgoingMail mail = OutgoingMail.to(address, subject, "Hi! Would you like to work with us?").withMessageId(messageId);
        if (!sender.send(org.id(), mail).isSent()) {
            throw new AssertionError("outreach not sent");
        }
        sender.appendToSent(org.id(), sender.toMime(org.id(), mail));
        announce(org, new OutreachSent(org.id(), UUID.randomUUID(), messageId, campaignId, creator.value(), address));
        return new Outreach(messageId, campaignId, creator, address);
    }

    /** Only the announcement, for an outreach Message-ID of the test's choosing. */
    public void outreachSentOnly(Org org, CreatorId creator, String address, UUID campaignId, String messageId) {
        announce(org, new OutreachSent(org.id(), UUID.randomUUID(), messageId, campaignId, creator.value(), address));
    }

    /** Announces emails the way the outbox does, as one batch, and waits until the inbox recorded them all. */
    public void announce(Org org, OutreachSent... emails) {
        transactions.executeWithoutResult(status -> events.publishEvent(new OutreachBatchSent(org.id(), List.of(emails))));
        for (OutreachSent email : emails) {
            awaitTrue(() -> outreachRecorded(org, email.messageId()), "outreach announcement handled");
        }
    }

    public boolean outreachRecorded(Org org, String messageId) {
        return jdbc.queryForObject("select count(*) from inbox_outreach_messages where organization_id = ? and message_id = ?",
                Integer.class, org.id().value(), messageId) == 1;
    }

    /** The creator answers the newest email they received from the team, from the Sandbox. */
    public String reply(Org org, String address, String body) {
        SandboxEntry latest = sandbox.conversation(org.id(), address).stream().filter(SandboxEntry::isReceived)
                .max(Comparator.comparing(SandboxEntry::date).thenComparing(SandboxEntry::uid)).orElseThrow();
        return composer.reply(org.id(), address, latest.uid(), body);
    }

    /** A brand-new email (no In-Reply-To) from the address to the team. */
    public String write(Org org, String address, String subject, String body) {
        return composer.write(org.id(), address, subject, body);
    }

    /** Puts a raw email straight into the team's INBOX, exactly as written (what IMAP APPEND does). */
    public void deliver(Org org, String rawSource) throws Exception {
        deliverTo(org, rawSource, false);
    }

    /** A delivery failure notice (DSN) from the mail server for an email we sent to {@code address}. */
    public String bounceOf(Org org, String address, String subject, String messageId) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.sandbox.test>
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-%s@mx.sandbox.test>
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Your message could not be delivered.
                --r
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.sandbox.test

                Final-Recipient: rfc822; %s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                --r
                Content-Type: text/rfc822-headers

                To: %s
                Subject: %s
                Message-ID: %s
                --r--
                """.formatted(teamAddress(org), UUID.randomUUID(), address, address, subject, messageId);
    }

    /** Puts a raw email into the team's Sent folder, as another mail client of the team would. */
    public void deliverToSent(Org org, String rawSource) throws Exception {
        deliverTo(org, rawSource, true);
    }

    private void deliverTo(Org org, String rawSource, boolean sent) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(rawSource.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        SandboxFolders.append(sandboxServer, sandboxServer.teamMailbox(org.id()).senderAddress(), sent, message);
    }

    /**
     * Keeps the background sync off this organization's mailbox (a live claim held by nobody real), so the
     * test's own passes are the only ones. Registered and claimed in one transaction: the coordinator never
     * sees the mailbox unclaimed.
     */
    public void holdClaim(Org org) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into inbox_mailboxes (organization_id, registered_at) values (?, now()) on conflict do nothing",
                    org.id().value());
            jdbc.update("insert into mailbox_sync_claims (organization_id, owner, expires_at) values (?, 'test', now() + interval '1 hour') "
                    + "on conflict (organization_id) do update set owner = 'test', expires_at = now() + interval '1 hour'", org.id().value());
        });
    }

    public String teamAddress(Org org) {
        return SandboxServer.teamAddress(org.id());
    }

    public InboxSync.Synced sync(Org org) throws Exception {
        return sync.syncOnce(org.id());
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    public UUID threadOf(Org org, String messageId) {
        return jdbc.queryForList("select t.id from email_thread_keys k join email_threads t on t.id = k.thread_id "
                + "where k.organization_id = ? and k.message_id = ?", UUID.class, org.id().value(), messageId)
                .stream().findFirst().orElse(null);
    }

    public int threads(Org org) {
        return count("select count(*) from email_threads where organization_id = ? and merged_into is null", org.id().value());
    }

    public int messages(Org org) {
        return count("select count(*) from email_messages where organization_id = ?", org.id().value());
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The organization's published events of a type: the background sync of other tests' mailboxes publishes too. */
    public static <T extends OrganizationScoped> List<T> eventsOf(PublishedEvents events, Org org, Class<T> type) {
        List<T> found = new ArrayList<>();
        events.ofType(type).matching(event -> event.organizationId().equals(org.id())).forEach(found::add);
        return found;
    }

    public static void awaitTrue(BooleanSupplier condition, String what) {
        awaitTrue(condition, what, Duration.ofSeconds(20));
    }

    /** For background work that waits for a claim check or a reconnection first. */
    public static void awaitTrue(BooleanSupplier condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
