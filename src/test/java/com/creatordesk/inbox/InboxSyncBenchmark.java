package com.creatordesk.inbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.CpuTime;
import com.creatordesk.IntegrationTest;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Figures, not a test of correctness; skipped unless {@code -Dbenchmark=true}:
 * <pre>./mvnw -o test -Dtest=InboxSyncBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (with {@code CREATORDESK_TEST_DATABASE_URL} as in t.sh). Prints, and writes to target/benchmark/inbox-sync.md:
 * <ol>
 * <li>the initial sync of a 10,000-message mailbox next to a bare Jakarta Mail bulk fetch of the same messages
 * ({@code -Dbenchmark.messages}, {@code -Dbenchmark.rounds}; goal: at most 1.5 times the bare fetch). Both sides are
 * first run unmeasured ({@code -Dbenchmark.warm-ups}, each a fresh organization syncing the whole mailbox), so the
 * figures compare compiled code, not the JIT compiler's first hours of work;</li>
 * <li>the time from a creator's reply being delivered to the team mailbox to its collaboration existing in
 * Negotiating, with the app's own background sync (IMAP IDLE) doing the work: no sync is called by the test
 * ({@code -Dbenchmark.replies=40}, {@code -Dbenchmark.poll-ms=10}; goal: p95 under 2 s).</li>
 * </ol>
 * {@code -Dbenchmark.only=sync} or {@code -Dbenchmark.only=replies} runs one of the two.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestPropertySource(properties = "creatordesk.inbox.sync-enabled=true") // part 2 measures the background sync
class InboxSyncBenchmark {

    static final int MESSAGES = Integer.getInteger("benchmark.messages", 10_000);
    static final int REPLIES = Integer.getInteger("benchmark.replies", 40);
    static final int REPLY_WARM_UP = 3;
    static final long POLL_MS = Long.getLong("benchmark.poll-ms", 10);
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    static final Path REPORT = Path.of("target", "benchmark", "inbox-sync.md");

    /** The report's parts, kept across the test methods (JUnit makes an instance per method). */
    private static final Map<String, List<String>> parts = new LinkedHashMap<>();

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SandboxServer sandbox;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker outbox;

    @Test
    @DisabledIfSystemProperty(named = "benchmark.only", matches = "replies")
    void initialSyncNextToABareBulkFetch() throws Exception {
        List<String> report = part("## Initial sync of a " + String.format("%,d", MESSAGES) + "-message mailbox vs a bare bulk fetch");
        InboxFixture fixture = InboxFixture.of(context);
        try (OwnMailServer server = new OwnMailServer()) {
            long start = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                server.deliver(BenchmarkMail.message(i));
            }
            line(report, "delivered %,d messages to GreenMail in %,d ms", MESSAGES, millis(start));
            bareFetch(server); // warm-up: JIT, GreenMail's caches
            if (Boolean.getBoolean("benchmark.commands")) {
                commandCosts(server);
                return;
            }
            int warmUps = Integer.getInteger("benchmark.warm-ups", 2);
            for (int warmUp = 0; warmUp < warmUps; warmUp++) {
                bareFetch(server);
                Org org = fixture.organization("Warm-up " + warmUp);
                fixture.holdClaim(org);
                MailboxTestSupport.saveMailbox(mvc, org.owner(), server.imapPort(), server.smtpPort(), OwnMailServer.TEAM,
                        OwnMailServer.PASSWORD);
                fixture.sync(org);
            }
            int rounds = Integer.getInteger("benchmark.rounds", 3);
            long[] bare = new long[rounds];
            long[] ours = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                long[] cpu = CpuTime.now();
                bare[round] = bareFetch(server);
                String bareCpu = CpuTime.since(cpu);
                Org org = fixture.organization("Benchmark " + round);
                fixture.holdClaim(org);
                MailboxTestSupport.saveMailbox(mvc, org.owner(), server.imapPort(), server.smtpPort(), OwnMailServer.TEAM,
                        OwnMailServer.PASSWORD);
                cpu = CpuTime.now();
                start = System.nanoTime();
                var synced = fixture.sync(org);
                ours[round] = millis(start);
                String syncCpu = CpuTime.since(cpu);
                if (synced.stored() != MESSAGES) {
                    throw new AssertionError("stored " + synced.stored());
                }
                line(report, "round %d: bare bulk fetch %,d ms, initial sync (fetch + parse + store) %,d ms, "
                        + "ratio %.2f, %d threads; CPU time: bare %s, sync %s", round + 1, bare[round], ours[round],
                        (double) ours[round] / bare[round], fixture.threads(org), bareCpu, syncCpu);
            }
            long bestBare = Arrays.stream(bare).min().orElseThrow();
            long bestOurs = Arrays.stream(ours).min().orElseThrow();
            line(report, "best of %d (after %d unmeasured of each): bare %,d ms, sync %,d ms, ratio %.2f (goal <= 1.5)", rounds, warmUps, bestBare,
                    bestOurs, (double) bestOurs / bestBare);
        } finally {
            writeReport();
        }
    }

    /**
     * An organization on the sandbox (the mailbox every new organization has) with an Active campaign and a fresh
     * creator per sample, outreach sent to all of them through Bulk Send and the outbox, so the inbox learned each
     * outreach and registered the mailbox; the app's coordinator then claims it and its worker idles on INBOX.
     * Each sample: one creator's reply (In-Reply-To and References: the outreach's Message-ID) is sent to the team
     * address over SMTP, as the creator; the clock starts when the server has accepted it (it is in the mailbox)
     * and stops when the database first shows the collaboration of that creator and campaign in Negotiating.
     */
    @Test
    @DisabledIfSystemProperty(named = "benchmark.only", matches = "sync")
    void fromAReplysDeliveryToItsCollaborationWithIdle() throws Exception {
        List<String> report = part("## From a reply's delivery to its collaboration, with IMAP IDLE");
        int creators = REPLY_WARM_UP + REPLIES;
        Brand brand = OutreachTestSupport.brand(mvc, jdbc, "Benchmark Replies Co");
        UUID organization = brand.organization().value();
        mvc.perform(brand.owner().as(post("/outreach/limits").with(csrf()).param("ratePerMinute", "100000")
                .param("dailyCap", "100000"))).andExpect(status().is3xxRedirection());
        UUID campaign = OutreachTestSupport.activeCampaign(mvc, brand.owner(), "Latency Launch");
        List<UUID> pool = new ArrayList<>();
        Map<UUID, String> addresses = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < creators; i++) {
            String address = OutreachTestSupport.unique("latency" + i);
            UUID creator = OutreachTestSupport.creator(mvc, brand.owner(), "Latency Creator " + i,
                    "latency." + i + "." + UUID.randomUUID().toString().substring(0, 6), address, null);
            pool.add(creator);
            addresses.put(creator, address);
        }
        UUID template = OutreachTestSupport.template(mvc, brand.owner(), "Latency intro", "Latency Launch",
                "Hi {{display_name}}, would you like to join our Latency Launch campaign?");
        UUID bulk = OutreachTestSupport.bulkSend(mvc, brand.owner(), campaign, template, pool.toArray(UUID[]::new));
        OutreachTestSupport.queue(bulkSends, jdbc, brand, bulk);
        InboxFixture.awaitTrue(() -> {
            outbox.drainNow(brand.organization());
            return count("select count(*) from outreach_messages where bulk_send_id = ? and status = 'SENT'", bulk) == creators;
        }, "every outreach email sent");
        Map<UUID, String> outreach = new LinkedHashMap<>();
        jdbc.query("select creator_id, message_id from outreach_messages where bulk_send_id = ?",
                row -> { outreach.put(row.getObject(1, UUID.class), row.getString(2)); }, bulk);
        InboxFixture.awaitTrue(() -> count("select count(*) from inbox_outreach_messages where organization_id = ?",
                organization) == creators, "the inbox learned every outreach (its announcements handled)");
        InboxFixture.awaitTrue(() -> count("select count(*) from inbox_mailboxes where organization_id = ? and connected "
                + "and last_success_at is not null", organization) == 1, "the background sync connected and made its first pass",
                Duration.ofSeconds(60));
        boolean idle = Boolean.TRUE.equals(jdbc.queryForObject("select idle_supported from inbox_mailboxes where organization_id = ?",
                Boolean.class, organization));
        if (!idle) {
            throw new AssertionError("the sandbox mailbox does not report IDLE");
        }
        line(report, "set up %d creators, outreach sent and recorded, mailbox claimed by the background sync (IDLE: %s) "
                + "in %,d ms", creators, idle, millis(start));

        String team = SandboxServer.teamAddress(brand.organization());
        Session session = Session.getInstance(smtp(sandbox.smtpPort()));
        Random pauses = new Random(6);
        List<Long> stored = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        int missed = 0;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < creators; i++) {
                UUID creator = pool.get(i);
                Thread.sleep(200 + pauses.nextInt(600)); // arrivals at random points of the worker's cycle
                long[] sample = replyAndAwait(transport, session, organization, campaign, creator, addresses.get(creator), team,
                        outreach.get(creator));
                if (i < REPLY_WARM_UP) {
                    continue;
                }
                if (sample == null) {
                    missed++;
                } else {
                    stored.add(sample[0]);
                    created.add(sample[1]);
                }
            }
        }
        line(report, "%d replies (after %d warm-up), one fresh creator each; clock from the SMTP server accepting the reply, "
                + "database polled every %d ms; load average %s", REPLIES, REPLY_WARM_UP, POLL_MS, loadAverage());
        line(report, "reply stored by the sync:            %s", summary(stored));
        line(report, "collaboration exists (Negotiating):  %s (goal: p95 < 2,000 ms)", summary(created));
        if (missed > 0) {
            line(report, "%d replies had no collaboration after %d s", missed, REPLY_TIMEOUT.toSeconds());
        }
        writeReport();
        int collaborations = count("select count(*) from collaborations where organization_id = ? and campaign_id = ? "
                + "and status = 'NEGOTIATING'", organization, campaign);
        if (missed > 0 || collaborations != creators) {
            throw new AssertionError(missed + " replies missed; " + collaborations + " collaborations for " + creators + " creators");
        }
    }

    /**
     * Sends one reply and polls until the collaboration exists; the milliseconds until the reply was seen stored
     * and until the collaboration was seen, or null when it never came.
     */
    private long[] replyAndAwait(Transport transport, Session session, UUID organization, UUID campaign, UUID creator,
            String address, String team, String outreachId) throws Exception {
        String replyId = "<reply-" + UUID.randomUUID() + "@creator.test>";
        MimeMessage reply = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", replyId);
            }
        };
        reply.setFrom(new InternetAddress(address));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(team));
        reply.setSubject("Re: Latency Launch");
        reply.setHeader("In-Reply-To", outreachId);
        reply.setHeader("References", outreachId);
        reply.setSentDate(new Date());
        reply.setText("Sounds great, what are the terms?\n", "UTF-8");
        reply.saveChanges();
        transport.sendMessage(reply, reply.getAllRecipients());
        long delivered = System.nanoTime();
        long storedAt = -1;
        long deadline = delivered + REPLY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean[] seen = jdbc.queryForObject("select exists (select 1 from email_messages where organization_id = ? "
                    + "and message_id = ?), exists (select 1 from collaborations where organization_id = ? and campaign_id = ? "
                    + "and creator_id = ? and status = 'NEGOTIATING')", (row, n) -> new boolean[] {row.getBoolean(1), row.getBoolean(2)},
                    organization, replyId, organization, campaign, creator);
            long now = System.nanoTime();
            if (seen[0] && storedAt < 0) {
                storedAt = now;
            }
            if (seen[1]) {
                return new long[] {(storedAt - delivered) / 1_000_000, (now - delivered) / 1_000_000};
            }
            Thread.sleep(POLL_MS);
        }
        return null;
    }

    private static Properties smtp(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        return properties;
    }

    /** min / median / p95 / max in milliseconds (nearest-rank percentiles). */
    static String summary(List<Long> millis) {
        if (millis.isEmpty()) {
            return "no samples";
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("min %,d ms, median %,d ms, p95 %,d ms, max %,d ms (n = %d)", sorted[0], percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1], sorted.length);
    }

    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static synchronized List<String> part(String heading) {
        List<String> lines = new ArrayList<>();
        parts.put(heading, lines);
        return lines;
    }

    /** Prints a figure and keeps it for the report. */
    private static void line(List<String> part, String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("BENCHMARK " + text);
        part.add("- " + text);
    }

    private static synchronized void writeReport() throws java.io.IOException {
        List<String> lines = new ArrayList<>(List.of("# Inbox sync benchmark", ""));
        parts.forEach((heading, figures) -> {
            lines.add(heading);
            lines.add("");
            lines.addAll(figures);
            lines.add("");
        });
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, String.join("\n", lines));
        System.out.println("BENCHMARK written to " + REPORT.toAbsolutePath());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    /** Jakarta Mail alone: one bulk FETCH of every whole message, each read into memory. */
    static long bareFetch(OwnMailServer server) throws Exception {
        long start = System.nanoTime();
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.imapPort(), OwnMailServer.TEAM, OwnMailServer.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
            profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
            inbox.fetch(messages, profile);
            long bytes = 0;
            for (Message message : messages) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                bytes += out.size();
            }
            inbox.close(false);
            if (messages.length != MESSAGES || bytes == 0) {
                throw new AssertionError("fetched " + messages.length);
            }
        } finally {
            store.close();
        }
        return millis(start);
    }

    /** What one IMAP command costs on this server at this mailbox size (GreenMail scans the folder per command). */
    static void commandCosts(OwnMailServer server) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.imapPort(), OwnMailServer.TEAM, OwnMailServer.PASSWORD);
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            inbox.open(Folder.READ_ONLY);
            inbox.close(false);
        }
        System.out.printf("BENCHMARK SELECT+CLOSE: %d ms each%n", millis(start) / 5);
        inbox.open(Folder.READ_ONLY);
        start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            inbox.getMessagesByUID(1, 1);
        }
        System.out.printf("BENCHMARK UID FETCH 1:1 (UID): %d ms each%n", millis(start) / 5);
        FetchProfile profile = new FetchProfile();
        profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
        start = System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            inbox.fetch(new Message[] {inbox.getMessage(i)}, profile);
        }
        System.out.printf("BENCHMARK FETCH n (BODY[]): %d ms each%n", millis(start) / 5);
        start = System.nanoTime();
        Message[] all = inbox.getMessagesByUID(1, UIDFolder.LASTUID);
        System.out.printf("BENCHMARK UID FETCH 1:* (UID) of %d: %d ms%n", all.length, millis(start));
        start = System.nanoTime();
        inbox.fetch(java.util.Arrays.copyOfRange(all, 100, 350), profile);
        System.out.printf("BENCHMARK FETCH of 250: %d ms%n", millis(start));
        start = System.nanoTime();
        inbox.fetch(java.util.Arrays.copyOfRange(all, 1000, 3500), profile);
        System.out.printf("BENCHMARK FETCH of 2500: %d ms%n", millis(start));
        store.close();
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
