package com.creatordesk.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.MailOutbox;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A copy kept in the Sent folder is dated by the server when it is kept, whatever the email's Date header says:
 * GreenMail misreads a date passed with APPEND between 12:00 and 12:59 (a 12-hour clock), so none is passed.
 */
@IntegrationTest
class SentCopyDatesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailOutbox outbox;
    @Autowired SandboxServer sandbox;

    @Test
    void aCopyWrittenAtHalfPastTwelveIsFiledNowWithItsDateHeaderKept() throws Exception {
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, TestAccounts.signUp(mvc, "Noon Co"));
        TeamMailbox team = sandbox.teamMailbox(organization);
        String date = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 30).atOffset(ZoneOffset.UTC)
                .format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        String mime = "Message-ID: <noon-copy@creatordesk.test>\r\nDate: " + date + "\r\nFrom: " + team.senderAddress()
                + "\r\nTo: maya@runs.example\r\nSubject: Lunch run\r\n\r\nHi Maya\r\n";

        outbox.appendToSent(organization, mime.getBytes(StandardCharsets.US_ASCII));

        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", sandbox.imapPort(), team.username(), team.password());
        try {
            Folder sent = store.getFolder("Sent");
            sent.open(Folder.READ_ONLY);
            Message copy = sent.getMessages()[sent.getMessageCount() - 1];
            assertThat(copy.getHeader("Date")[0]).isEqualTo(date);
            assertThat(Duration.between(copy.getReceivedDate().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
        } finally {
            store.close();
        }
    }
}
