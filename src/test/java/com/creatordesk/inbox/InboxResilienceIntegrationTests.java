package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.MailProxy;
import com.creatordesk.TestAccounts;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.InboxFixture.Outreach;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.mailbox.MailboxTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Sync under trouble: a folder recreated (new UIDVALIDITY), connections cut mid-fetch, the app "dying" in
 * the middle of storing a chunk or of handling a reply. Each ends with everything stored exactly once.
 */
@IntegrationTest
class InboxResilienceIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Creators creators;
    @Autowired IncompleteEventPublications incomplete;
    InboxFixture fixture;
    Org org;

    @BeforeEach
    void setUp() throws Exception {
        fixture = InboxFixture.of(context);
        org = fixture.organization("Resilient Co");
        fixture.holdClaim(org);
    }

    @Test
    void aRecreatedFolderWithANewUidValidityIsSyncedAgainWithoutDuplicates() throws Exception {
        try (OwnMailServer server = new OwnMailServer()) {
            connect(server.imapPort(), server);
            server.deliver(mail(1));
            for (int i = 2; i <= 4; i++) {
                server.addToSent(mail(i));
            }
            fixture.sync(org);
            long before = server.sentUidValidity();
            assertThat(fixture.messages(org)).isEqualTo(4);

            waitForTheNextSecond();
            server.recreateSent();
            for (int i = 2; i <= 5; i++) {
                server.addToSent(mail(i));
            }
            assertThat(server.sentUidValidity()).isNotEqualTo(before);
            fixture.sync(org);

            assertThat(fixture.messages(org)).isEqualTo(5);
            assertThat(fixture.count("select count(*) from inbox_folder_cursors where organization_id = ? and folder = 'Sent' "
                    + "and uid_validity = ? and last_uid = 4", org.id().value(), server.sentUidValidity())).isEqualTo(1);
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfAFetchIsResumedWhereItStopped() throws Exception {
        try (OwnMailServer server = new OwnMailServer(); MailProxy proxy = new MailProxy(server.imapPort())) {
            connect(proxy.port(), server);
            for (int i = 1; i <= 600; i++) {
                server.deliver(mail(i));
            }
            proxy.dropOnceAfter(1_000_000);

            assertThatThrownBy(() -> fixture.sync(org)).isInstanceOf(Exception.class);
            assertThat(proxy.drops()).isEqualTo(1);
            int firstPass = fixture.messages(org);
            assertThat(firstPass).isBetween(1, 599);

            fixture.sync(org);
            assertThat(fixture.messages(org)).isEqualTo(600);

            // and the background worker reconnects by itself after a cut (the test's passes above marked the
            // mailbox connected too: only a connection made after the claim was given up counts)
            fixture.jdbc().update("update inbox_mailboxes set connected = false where organization_id = ?", org.id().value());
            fixture.jdbc().update("delete from mailbox_sync_claims where organization_id = ?", org.id().value());
            try {
                InboxFixture.awaitTrue(() -> fixture.count("select count(*) from inbox_mailboxes m join mailbox_sync_claims c "
                        + "on c.organization_id = m.organization_id where m.organization_id = ? and m.connected "
                        + "and c.owner <> 'test'", org.id().value()) == 1, "worker connected", Duration.ofSeconds(60));
                proxy.dropOnceAfter(200_000);
                for (int i = 601; i <= 900; i++) {
                    server.deliver(mail(i));
                }
                InboxFixture.awaitTrue(() -> proxy.drops() == 2 && fixture.messages(org) == 900, "worker caught up after the cut",
                        Duration.ofSeconds(60));
                assertThat(fixture.count("select count(distinct message_id) from email_messages where organization_id = ?",
                        org.id().value())).isEqualTo(900);
            } finally {
                fixture.holdClaim(org); // the worker lets go at its next claim check instead of retrying a closed server
            }
        }
    }

    @Test
    void dyingWhileAChunkIsStoredKeepsNothingAndTheNextPassStoresItOnce() throws Exception {
        String address = TestAccounts.uniqueEmail("ana");
        CreatorId ana = fixture.creator(org, address);
        Outreach outreach = fixture.outreach(org, ana, address, UUID.randomUUID(), "Crash test");
        fixture.reply(org, address, "Yes!");

        try (Faults crash = Faults.failOnce(fixture.jdbc(), "inbox_folder_cursors", org.id().value(), "insert or update")) {
            assertThatThrownBy(() -> fixture.sync(org)).hasMessageContaining("simulated crash");
            assertThat(crash.fired()).isTrue();
            assertThat(fixture.messages(org)).isZero();
            assertThat(fixture.count("select count(*) from inbox_folder_cursors where organization_id = ?", org.id().value())).isZero();
        }
        fixture.sync(org);

        UUID thread = fixture.threadOf(org, outreach.messageId());
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ?", thread)).isEqualTo(2);
        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(ana).orElseThrow().tracked()), "tracked");
    }

    @Test
    void aListenerThatDiedIsRunAgainFromTheRegistryAndTracksTheCreatorOnce() throws Exception {
        String address = TestAccounts.uniqueEmail("ben");
        CreatorId ben = fixture.creator(org, address);
        fixture.outreach(org, ben, address, UUID.randomUUID(), "Listener crash");
        fixture.reply(org, address, "Count me in");

        try (Faults crash = Faults.failOnce(fixture.jdbc(), "creators", org.id().value(), "update",
                "NEW.tracked_since is not null and OLD.tracked_since is null")) {
            fixture.sync(org);
            InboxFixture.awaitTrue(crash::fired, "tracking listener ran and failed");
        }
        assertThat(Tenancy.callAs(org.id(), () -> creators.find(ben).orElseThrow().tracked())).isFalse();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CreatorRepliedToOutreach replied
                && replied.organizationId().equals(org.id()));

        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(ben).orElseThrow().tracked()), "tracked");
    }

    @Test
    void malformedMessagesAreKeptAndShownWhileTheSyncGoesOn() throws Exception {
        String team = fixture.teamAddress(org);
        fixture.deliver(org, "just some words\nand no email headers at all\n");
        fixture.deliver(org, "From: a@creator.test\nTo: " + team + "\nSubject: Charset\nMessage-ID: <cs@creator.test>\n"
                + "Content-Type: text/plain; charset=x-unknown-charset\n\nCaf\u00e9\n");
        fixture.deliver(org, "From: a@creator.test\nTo: " + team + "\nSubject: Base64\nMessage-ID: <b64@creator.test>\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8g!!!d29ybGQ=\n");
        fixture.deliver(org, "To: " + team + "\n\nNo sender, no subject, no date, no id\n");
        fixture.deliver(org, "From: a@creator.test\nTo: " + team + "\nSubject: Huge\nMessage-ID: <huge@creator.test>\nX-Long: "
                + "x".repeat(300_000) + "\n\nBody\n");
        StringBuilder nested = new StringBuilder("From: a@creator.test\nTo: " + team + "\nSubject: Nested\nMessage-ID: <nest@creator.test>\n");
        for (int i = 0; i < 35; i++) {
            nested.append("Content-Type: multipart/mixed; boundary=\"n").append(i).append("\"\n\n--n").append(i).append("\n");
        }
        nested.append("Content-Type: text/plain\n\ndeep\n");
        fixture.deliver(org, nested.toString());
        fixture.deliver(org, InboxSyncIntegrationTests.mail("<after@creator.test>", "", "after@creator.test", "After the bad ones", "Fine"));

        var result = fixture.sync(org);

        assertThat(result.unreadable()).isEqualTo(1);
        assertThat(result.stored()).isEqualTo(6);
        assertThat(fixture.threadOf(org, "<after@creator.test>")).isNotNull();
        assertThat(fixture.count("select count(*) from email_messages where organization_id = ? and parse_problem is not null "
                + "and raw_source is not null", org.id().value())).isEqualTo(3);
        String status = mvc().perform(org.owner().as(get("/inbox/sync/status")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("Not readable", "Partly read", "Charset", "Base64", "Nested", "Download the original");
    }

    private org.springframework.test.web.servlet.MockMvc mvc() {
        return context.getBean(org.springframework.test.web.servlet.MockMvc.class);
    }

    private void connect(int imapPort, OwnMailServer server) throws Exception {
        MailboxTestSupport.saveMailbox(context.getBean(org.springframework.test.web.servlet.MockMvc.class), org.owner(),
                imapPort, server.smtpPort(), OwnMailServer.TEAM, OwnMailServer.PASSWORD);
    }

    private static String mail(int n) {
        return "From: creator" + n + "@creator.test\nTo: " + OwnMailServer.TEAM + "\nSubject: Message " + n
                + "\nMessage-ID: <m" + n + "@creator.test>\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\n"
                + ("Line " + n + " of a message long enough to make the fetch take a while.\n").repeat(40);
    }

    private static void waitForTheNextSecond() throws InterruptedException {
        long second = System.currentTimeMillis() / 1000;
        while (System.currentTimeMillis() / 1000 == second) {
            Thread.sleep(20);
        }
    }
}
