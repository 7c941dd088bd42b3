package com.creatordesk.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.SendResult.Status;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MailSenderIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailSender sender;
    @Autowired MessageIds messageIds;
    @Autowired SandboxServer sandbox;
    @Autowired MailboxSessions sessions;

    @Test
    void sendsThroughTheSandboxKeepingTheCallersMessageIdAndHeaders() throws Exception {
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, TestAccounts.signUp(mvc, "Send Co"));
        String messageId = messageIds.generate(organization);
        String creator = TestAccounts.uniqueEmail("maya");

        SendResult result = sender.send(organization, OutgoingMail.to(creator, "Partnership idea", "Hi Maya,\nlet's talk.")
                .withFromName("Dana at Send Co")
                .withHtml("<p>Hi Maya,<br>let's talk.</p>")
                .withHeader("List-Unsubscribe", "<mailto:unsubscribe@send.test>")
                .withMessageId(messageId));

        assertThat(result).isEqualTo(SendResult.sent(messageId));
        assertThat(messageId).matches("<[0-9a-f-]{36}@" + SandboxServer.DOMAIN + ">");
        MimeMessage received = onlyMessageOf(creator);
        assertThat(received.getMessageID()).isEqualTo(messageId);
        assertThat(received.getHeader("From")[0]).isEqualTo("Dana at Send Co <" + SandboxServer.teamAddress(organization) + ">");
        assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:unsubscribe@send.test>");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void aBatchReportsEachMessageAndReusesOneConnection() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Batch Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        try (SmtpStub stub = new SmtpStub(0)) {
            MailboxTestSupport.saveMailbox(mvc, owner, 1, stub.port(), "partners@northwind.test", "stub-password");

            List<SendResult> results = sender.sendAll(organization, List.of(
                    OutgoingMail.to("ana@creator.test", "One", "1"),
                    OutgoingMail.to("busy@creator.test", "Two", "2"),
                    OutgoingMail.to("nobody@creator.test", "Three", "3"),
                    OutgoingMail.to("ben@creator.test", "Four", "4")));

            assertThat(results).extracting(SendResult::status)
                    .containsExactly(Status.SENT, Status.TEMPORARY_FAILURE, Status.PERMANENT_FAILURE, Status.SENT);
            assertThat(results.get(1).replyCode()).isEqualTo(451);
            assertThat(results.get(1).detail()).isEqualTo("451 4.2.1 Mailbox busy, try again later");
            assertThat(results.get(2).replyCode()).isEqualTo(550);
            assertThat(results.get(2).detail()).isEqualTo("550 5.1.1 No such user here");
            assertThat(stub.connections()).isEqualTo(1);
            assertThat(stub.accepted()).hasSize(2);
            assertThat(stub.accepted().get(0)).contains("Message-ID: " + results.get(0).messageId())
                    .contains("From: Northwind Partnerships <partners@northwind.test>");
            assertThat(results.get(0).messageId()).endsWith("@northwind.test>");
        }
    }

    @Test
    void aBatchReconnectsWhenTheServerHangsUp() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Hang-up Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        try (SmtpStub stub = new SmtpStub(2)) {
            MailboxTestSupport.saveMailbox(mvc, owner, 1, stub.port(), "partners@northwind.test", "stub-password");

            try (MailBatch batch = sender.openBatch(organization)) {
                assertThat(batch.send(OutgoingMail.to("a@creator.test", "1", "1")).status()).isEqualTo(Status.SENT);
                SendResult refused = batch.send(OutgoingMail.to("b@creator.test", "2", "2"));
                assertThat(refused.status()).isEqualTo(Status.TEMPORARY_FAILURE);
                assertThat(refused.replyCode()).isEqualTo(421);
                assertThat(batch.send(OutgoingMail.to("c@creator.test", "3", "3")).status()).isEqualTo(Status.SENT);
                assertThat(batch.connectionsOpened()).isEqualTo(2);
            }
            assertThat(stub.connections()).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableServerFailsTheBatchTemporarilyWithoutRetryingEachMessage() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Down Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        int closedPort = MailboxTestSupport.closedPort();
        MailboxTestSupport.saveMailbox(mvc, owner, 1, closedPort, "partners@northwind.test", "pw");

        try (MailBatch batch = sender.openBatch(organization)) {
            SendResult first = batch.send(OutgoingMail.to("a@creator.test", "1", "1"));
            SendResult second = batch.send(OutgoingMail.to("b@creator.test", "2", "2"));
            assertThat(first.status()).isEqualTo(Status.TEMPORARY_FAILURE);
            assertThat(first.detail()).isEqualTo("SMTP: connection refused by 127.0.0.1:" + closedPort
                    + " — nothing accepts connections on that port. Check the host and the port.");
            assertThat(second.detail()).isEqualTo(first.detail());
            assertThat(batch.connectionsOpened()).isZero();
        }
    }

    @Test
    void appendToSentThenExistsInSentFindsItByMessageId() throws Exception {
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, TestAccounts.signUp(mvc, "Sent Co"));
        String messageId = messageIds.generate(organization);
        OutgoingMail mail = OutgoingMail.to("kai@creator.test", "Kept copy", "Hello Kai").withMessageId(messageId);

        assertThat(sender.existsInSent(organization, messageId)).isFalse();
        sender.appendToSent(organization, sender.toMime(organization, mail));

        assertThat(sender.existsInSent(organization, messageId)).isTrue();
        assertThat(sender.existsInSent(organization, messageId.replace("<", "<x"))).isFalse();
        try (MailboxSession session = sessions.open(organization)) {
            assertThat(session.sentFolderName()).isEqualTo("Sent");
            Folder sent = session.sent();
            sent.open(Folder.READ_ONLY);
            Message copy = sent.getMessages()[0];
            assertThat(copy.getSubject()).isEqualTo("Kept copy");
            assertThat(copy.isSet(Flags.Flag.SEEN)).isTrue();
            sent.close(false);
        }
    }

    @Test
    void aBatchKeepsACopyOfEachEmailInTheSentFolderOverImapUnlessTheServerFilesItself() throws Exception {
        // the app's GreenMail, entered as an ordinary team mailbox: copies go by IMAP APPEND, not in-process
        SignedIn owner = TestAccounts.signUp(mvc, "Copies Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        TeamMailboxLogin login = login(organization);
        MailboxTestSupport.saveMailbox(mvc, owner, sandbox.imapPort(), sandbox.smtpPort(), login.user(), login.password());
        OutgoingMail first = OutgoingMail.to(TestAccounts.uniqueEmail("ana"), "One", "1");
        OutgoingMail second = OutgoingMail.to(TestAccounts.uniqueEmail("ben"), "Two", "2");

        List<SendResult> sent;
        try (MailBatch batch = sender.openBatch(organization)) {
            sent = List.of(batch.send(first), batch.send(second));
            batch.keepInSent(first, sent.get(0));
            batch.keepInSent(second, sent.get(1));
        }

        try (MailboxSession session = sessions.open(organization)) {
            assertThat(session.isSandbox()).isFalse();
            Folder folder = session.sent();
            folder.open(Folder.READ_ONLY);
            Message[] copies = folder.getMessages();
            assertThat(copies).extracting(message -> ((MimeMessage) message).getMessageID())
                    .containsExactly(sent.get(0).messageId(), sent.get(1).messageId());
            assertThat(copies).allMatch(message -> isSeen(message));
            assertThat(copies[1].getSubject()).as("the email as it was sent").isEqualTo("Two");
            assertThat(((String) copies[1].getContent()).strip()).isEqualTo("2");
            assertThat(copies[1].getHeader("Date")).as("its own Date header, though none went with the APPEND").hasSize(1);
            folder.close(false);
        }

        // a server that files sent mail itself: the first copy is found there, so the batch adds none
        OutgoingMail third = OutgoingMail.to(TestAccounts.uniqueEmail("cy"), "Three", "3")
                .withMessageId(messageIds.generate(organization));
        OutgoingMail fourth = OutgoingMail.to(TestAccounts.uniqueEmail("di"), "Four", "4");
        try (MailBatch batch = sender.openBatch(organization)) {
            SendResult thirdSent = batch.send(third);
            sender.appendToSent(organization, sender.toMime(organization, third));
            batch.keepInSent(third, thirdSent);
            batch.keepInSent(fourth, batch.send(fourth));
        }
        try (MailboxSession session = sessions.open(organization)) {
            Folder folder = session.sent();
            folder.open(Folder.READ_ONLY);
            assertThat(folder.getMessageCount()).as("two earlier copies and the server's own").isEqualTo(3);
            folder.close(false);
        }
    }

    private record TeamMailboxLogin(String user, String password) {
    }

    private TeamMailboxLogin login(OrganizationId organization) {
        var team = sandbox.teamMailbox(organization);
        return new TeamMailboxLogin(team.username(), team.password());
    }

    private static boolean isSeen(Message message) {
        try {
            return message.isSet(Flags.Flag.SEEN);
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads the creator's sandbox inbox over IMAP (GreenMail makes each new address a login with its own address as password). */
    private MimeMessage onlyMessageOf(String address) throws Exception {
        Properties properties = new Properties();
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", sandbox.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            assertThat(messages).hasSize(1);
            MimeMessage copy = new MimeMessage((MimeMessage) messages[0]);
            inbox.close(false);
            return copy;
        } finally {
            store.close();
        }
    }
}
