package com.creatordesk.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.CpuTime;
import com.creatordesk.IntegrationTest;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.ClaimedMessage;
import com.creatordesk.outreach.domain.Outbox;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.domain.OutgoingOutreach;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk sending through the outbox against a bare Jakarta Mail loop over one reused connection, side by side,
 * to GreenMail: the built-in sandbox, and a GreenMail configured as the team mailbox (SMTP + IMAP). The outbox
 * does all it does in production: claims with SKIP LOCKED in committed transactions, one reused SMTP
 * connection, a copy of each email in the Sent folder (IMAP APPEND, on a connection and thread of its own,
 * beside the sending), results recorded and announced (OutreachBatchSent) per batch once their copies are
 * kept. The bare loop only sends. Rounds alternate the two, so a busy machine slows both alike; each run starts
 * once the inbox has synced the Sent folder (a Sync now, awaited) and the JVM and PostgreSQL are idle. Each round
 * also prints the CPU time of the JVM and of PostgreSQL during each run (anything the outbox left running that
 * the waits missed would show in the bare loop's figure). Not part of {@code ./mvnw verify}:
 *
 * <pre>CREATORDESK_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/postgres ./mvnw -o test -Dtest=OutreachSendBenchmark -Dbenchmark=true</pre>
 *
 * ({@code -Dbenchmark.messages=5000 -Dbenchmark.rounds=3} are the defaults.) It asserts that every email
 * arrived exactly once, never a duration.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class OutreachSendBenchmark {

    static final int MESSAGES = Integer.getInteger("benchmark.messages", 5_000);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    /** Unmeasured emails through each side first, until the JIT compiler has compiled both paths. */
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3_000);
    static final int ADDRESSES = 50;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired TransactionTemplate transactions;
    @Autowired SandboxServer sandbox;

    /** Where the mail goes: its SMTP login for the bare loop and the IMAP port to count what arrived. */
    record Target(String name, Brand brand, int smtpPort, int imapPort, String user, String password) {
    }

    @Test
    void theOutboxAgainstABareLoopOverOneConnection() throws Exception {
        GreenMail server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        server.start();
        try {
            server.setUser("bench@northwind.test", "bench@northwind.test", "bench-password");
            Brand configured = brand("Benchmark Mailbox Co");
            MailboxTestSupport.saveMailbox(mvc, configured.owner(), server.getImap().getPort(), server.getSmtp().getPort(),
                    "bench@northwind.test", "bench-password");
            Brand sandboxed = brand("Benchmark Sandbox Co");
            TeamMailbox team = sandbox.teamMailbox(sandboxed.organization());

            List<Target> targets = List.of(
                    new Target("sandbox (GreenMail in the app, copies by IMAP APPEND)", sandboxed, sandbox.smtpPort(),
                            sandbox.imapPort(), team.username(), team.password()),
                    new Target("GreenMail as the team mailbox (copies by IMAP APPEND)", configured,
                            server.getSmtp().getPort(), server.getImap().getPort(), "bench@northwind.test", "bench-password"));
            // every path is compiled before anything is measured: otherwise the JIT compiler, still busy with the
            // outbox's much larger code path, takes a core from whichever target is measured first
            String warm = Long.toString(System.nanoTime(), 36);
            for (Target target : targets) {
                outboxRun(target.brand(), WARM_UP, "warm-o-" + warm);
                bareRun(target, WARM_UP, "warm-b-" + warm);
            }
            System.out.printf("%nBulk send of %,d emails, outbox against a bare Jakarta Mail loop (%d cores, %d rounds, "
                    + "after %,d unmeasured emails per side and target)%n", MESSAGES, Runtime.getRuntime().availableProcessors(),
                    ROUNDS, WARM_UP);
            for (Target target : targets) {
                compare(target);
            }
        } finally {
            server.stop();
        }
    }

    private Brand brand(String name) throws Exception {
        Brand brand = OutreachTestSupport.brand(mvc, jdbc, name);
        mvc.perform(brand.owner().as(post("/outreach/limits").with(csrf()).param("ratePerMinute", "100000")
                .param("dailyCap", "100000")));
        return brand;
    }

    private void compare(Target target) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        List<Long> outboxTimes = new ArrayList<>();
        List<Long> bareTimes = new ArrayList<>();
        System.out.printf("%n  %s%n", target.name());
        for (int round = 0; round < ROUNDS; round++) {
            // each run starts on a quiet machine with the Sent folder synced: the outbox's aftermath (the inbox
            // fetching its copies, which the inbox otherwise does at its next full pass, up to a minute later and
            // maybe in the middle of the bare loop) would slow the bare loop down and flatter the ratio
            caughtUp(target);
            long[] cpu = CpuTime.now();
            long[] run = outboxRun(target.brand(), MESSAGES, "o" + round + "-" + tag);
            String outboxCpu = CpuTime.since(cpu);
            caughtUp(target);
            cpu = CpuTime.now();
            long bare = bareRun(target, MESSAGES, "b" + round + "-" + tag);
            String bareCpu = CpuTime.since(cpu);
            outboxTimes.add(run[0] + run[1]);
            bareTimes.add(bare);
            System.out.printf("    round %d: outbox %,d ms (queue %,d + send %,d), bare loop %,d ms, outbox / bare %.2f%n"
                    + "      CPU time: outbox %s, bare loop %s%n",
                    round + 1, run[0] + run[1], run[0], run[1], bare, (double) (run[0] + run[1]) / bare, outboxCpu, bareCpu);
        }
        long outboxMedian = median(outboxTimes);
        long bareMedian = median(bareTimes);
        System.out.printf("    median: outbox %,d ms (%,.0f emails/s), bare loop %,d ms (%,.0f emails/s), outbox / bare %.2f%n",
                outboxMedian, MESSAGES * 1000.0 / outboxMedian, bareMedian, MESSAGES * 1000.0 / bareMedian,
                (double) outboxMedian / bareMedian);
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(delivered(target, "o" + round + "-" + tag)).isEqualTo(MESSAGES);
            assertThat(delivered(target, "b" + round + "-" + tag)).isEqualTo(MESSAGES);
        }
    }

    /**
     * Asks the inbox for a full pass (Sync now) and waits until it has synced the team mailbox's Sent folder up to
     * its newest copy, then until the JVM and PostgreSQL are idle.
     */
    private void caughtUp(Target target) throws Exception {
        long newest;
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", target.imapPort(), target.user(), target.password());
        try {
            IMAPFolder sent = (IMAPFolder) store.getFolder("Sent");
            newest = sent.exists() ? sent.getUIDNext() - 1 : 0;
        } finally {
            store.close();
        }
        mvc.perform(target.brand().owner().as(post("/inbox/sync/now").with(csrf())));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (newest > 0 && synced(target) < newest) {
            assertThat(System.nanoTime()).as("the inbox syncs the Sent folder within two minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        CpuTime.settle();
    }

    private long synced(Target target) {
        Long uid = jdbc.queryForObject("select max(last_uid) from inbox_folder_cursors where organization_id = ? and folder = 'Sent'",
                Long.class, target.brand().organization().value());
        return uid == null ? 0 : uid;
    }

    /** Queues and sends through the outbox; returns the milliseconds to queue and to send. */
    private long[] outboxRun(Brand brand, int count, String prefix) {
        MemberId owner = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class,
                brand.owner().email()));
        UUID campaign = UUID.randomUUID();
        List<OutgoingOutreach> emails = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            emails.add(new OutgoingOutreach(id, brand.organization(), campaign, UUID.randomUUID(), null, null, "Creator " + i,
                    address(prefix, i), subject(i), body(i), "http://localhost/u/" + id,
                    "<" + UUID.randomUUID() + "@northwind.test>", owner));
        }
        long start = System.nanoTime();
        Tenancy.runAs(brand.organization(), () -> transactions.executeWithoutResult(status -> outbox.enqueue(emails)));
        long queued = System.nanoTime();
        int sent = 0;
        while (sent < count) {
            sent += worker.drainNow(brand.organization());
        }
        return new long[] {(queued - start) / 1_000_000, (System.nanoTime() - queued) / 1_000_000};
    }

    /** The same emails (same headers) sent in a plain loop over one SMTP connection; returns milliseconds. */
    private static long bareRun(Target target, int count, String prefix) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(properties);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", target.smtpPort(), target.user(), target.password());
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ClaimedMessage same = new ClaimedMessage(UUID.randomUUID(), address(prefix, i), subject(i), body(i),
                        "http://localhost/u/" + id, "<" + id + "@northwind.test>");
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(target.user(), "Northwind Partnerships"));
                message.setRecipient(RecipientType.TO, new InternetAddress(same.address()));
                message.setSubject(same.subject(), "UTF-8");
                message.setText(same.body(), "UTF-8");
                for (var header : same.toMail().headers().entrySet()) {
                    message.setHeader(header.getKey(), header.getValue());
                }
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Emails in the inboxes of a run's addresses (GreenMail logins are the address, with itself as password). */
    private static int delivered(Target target, String prefix) throws MessagingException {
        int count = 0;
        for (int i = 0; i < ADDRESSES; i++) {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", target.imapPort(), address(prefix, i), address(prefix, i));
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                count += inbox.getMessageCount();
                inbox.close(false);
            } finally {
                store.close();
            }
        }
        return count;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String address(String prefix, int i) {
        return prefix + "-" + (i % ADDRESSES) + "@creators.test";
    }

    private static String subject(int i) {
        return "Spring Trail Launch × Creator " + i + "?";
    }

    private static String body(int i) {
        return "Hi Creator " + i + ",\n\nwe love your trail videos and would like to work with you on our Spring Trail "
                + "Launch.\n\nBest,\nDana\n\n--\nDon't want to hear from us again? Unsubscribe: http://localhost/u/" + i;
    }
}
