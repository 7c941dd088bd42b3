package com.creatordesk.inbox;

import com.creatordesk.IntegrationTest;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.mailbox.MailboxTestSupport;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Figures, not a test of correctness; skipped unless {@code -Dbenchmark=true}:
 * <pre>./mvnw -o test -Dtest=InboxSyncBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (with {@code CREATORDESK_TEST_DATABASE_URL} as in t.sh). Prints the initial sync of a 10,000-message mailbox
 * next to a bare Jakarta Mail bulk fetch of the same messages, and the time from a reply's delivery to its
 * collaboration existing with IMAP IDLE.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InboxSyncBenchmark {

    static final int MESSAGES = Integer.getInteger("benchmark.messages", 10_000);

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    void initialSyncNextToABareBulkFetch() throws Exception {
        InboxFixture fixture = InboxFixture.of(context);
        try (OwnMailServer server = new OwnMailServer()) {
            long start = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                server.deliver(BenchmarkMail.message(i));
            }
            System.out.printf("BENCHMARK delivered %,d messages to GreenMail in %,d ms%n", MESSAGES, millis(start));
            bareFetch(server); // warm-up: JIT, GreenMail's caches
            if (Boolean.getBoolean("benchmark.commands")) {
                commandCosts(server);
                return;
            }
            int rounds = Integer.getInteger("benchmark.rounds", 2);
            long[] bare = new long[rounds];
            long[] ours = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                bare[round] = bareFetch(server);
                Org org = fixture.organization("Benchmark " + round);
                fixture.holdClaim(org);
                MailboxTestSupport.saveMailbox(mvc, org.owner(), server.imapPort(), server.smtpPort(), OwnMailServer.TEAM,
                        OwnMailServer.PASSWORD);
                start = System.nanoTime();
                var synced = fixture.sync(org);
                ours[round] = millis(start);
                if (synced.stored() != MESSAGES) {
                    throw new AssertionError("stored " + synced.stored());
                }
                System.out.printf("BENCHMARK round %d: bare bulk fetch %,d ms, initial sync (fetch + parse + store) %,d ms, "
                        + "ratio %.2f, %d threads%n", round + 1, bare[round], ours[round], (double) ours[round] / bare[round],
                        fixture.threads(org));
            }
            long bestBare = java.util.Arrays.stream(bare).min().orElseThrow();
            long bestOurs = java.util.Arrays.stream(ours).min().orElseThrow();
            System.out.printf("BENCHMARK best of %d: bare %,d ms, sync %,d ms, ratio %.2f (goal <= 1.5)%n", rounds, bestBare,
                    bestOurs, (double) bestOurs / bestBare);
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
