package com.creatordesk.inbox;

import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.creators.Platform;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.domain.sync.InboxSync;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.sandbox.SandboxComposer;
import com.creatordesk.mailbox.sandbox.SandboxEntry;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import com.creatordesk.outreach.events.OutreachSent;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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

    public static InboxFixture of(ApplicationContext context) {
        return new InboxFixture(context.getBean(MockMvc.class), context.getBean(JdbcTemplate.class),
                context.getBean(Creators.class), context.getBean(MailSender.class), context.getBean(MessageIds.class),
                context.getBean(SandboxComposer.class), context.getBean(SandboxMessages.class), context,
                context.getBean(TransactionTemplate.class), context.getBean(InboxSync.class));
    }

    private InboxFixture(MockMvc mvc, JdbcTemplate jdbc, Creators creators, MailSender sender, MessageIds messageIds,
            SandboxComposer composer, SandboxMessages sandbox, ApplicationEventPublisher events,
            TransactionTemplate transactions, InboxSync sync) {
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

    /** Sends outreach like the outreach module: SMTP, a copy in Sent, then OutreachSent in a transaction. */
    public Outreach outreach(Org org, CreatorId creator, String address, UUID campaignId, String subject) {
        String messageId = messageIds.generate(org.id());
        OutgoingMail mail = OutgoingMail.to(address, subject, "Hi! Would you like to work with us?").withMessageId(messageId);
        if (!sender.send(org.id(), mail).isSent()) {
            throw new AssertionError("outreach not sent");
        }
        sender.appendToSent(org.id(), sender.toMime(org.id(), mail));
        transactions.executeWithoutResult(status -> events.publishEvent(
                new OutreachSent(org.id(), UUID.randomUUID(), messageId, campaignId, creator.value(), address)));
        awaitTrue(() -> outreachRecorded(org, messageId), "OutreachSent handled");
        return new Outreach(messageId, campaignId, creator, address);
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

    public InboxSync.Synced sync(Org org) throws Exception {
        return sync.syncOnce(org.id());
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    public static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for: " + what);
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
