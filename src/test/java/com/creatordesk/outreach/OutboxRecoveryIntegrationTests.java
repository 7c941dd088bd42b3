package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static com.creatordesk.outreach.OutreachTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.ClaimedMessage;
import com.creatordesk.outreach.domain.OutboxClaims;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.domain.OutboxWorkers;
import com.creatordesk.outreach.domain.SendingRecovery;
import com.creatordesk.outreach.events.OutreachSent;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app died between "sending" and "sent": rows left Sending by a worker that no longer beats are looked
 * up in the Sent folder by Message-ID before anything is sent again, so no recipient gets a second copy.
 */
@IntegrationTest
class OutboxRecoveryIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;
    @Autowired OutboxWorkers workers;
    @Autowired OutboxClaims claims;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired SendingRecovery recovery;
    @Autowired MailSender sender;
    @Autowired SandboxServer sandbox;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void aMessageFoundInTheSentFolderIsSentAndOneNotFoundIsSentExactlyOnce() throws Exception {
        Brand brand = brand(mvc, jdbc, "Crash Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Crash Test");
        UUID template = template(mvc, brand.owner(), "Short", "Hi {{first_name}}", "Hello {{display_name}}");
        String wentOut = unique("wentout");
        String neverLeft = unique("neverleft");
        String stillSending = unique("stillsending");
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template,
                creator(mvc, brand.owner(), "Wendy Out", "wendy", wentOut, null),
                creator(mvc, brand.owner(), "Nell Left", "nell", neverLeft, null),
                creator(mvc, brand.owner(), "Stella Busy", "stella", stillSending, null));
        queue(bulkSends, jdbc, brand, bulk);
        // the dead instance claims all three (committed as Sending, as its drain does before any SMTP), sends the
        // first over its batch and keeps the copy in Sent, as its drain does, and dies before recording anything
        UUID deadWorker = UUID.randomUUID();
        List<ClaimedMessage> claimed = Tenancy.callAs(brand.organization(), () -> transactions.execute(status ->
                claims.claim(brand.organization(), 50, deadWorker, clock.instant())));
        assertThat(claimed).hasSize(3);
        OutgoingMail first = claimed.stream().filter(message -> message.address().equals(wentOut)).findFirst()
                .orElseThrow().toMail();
        try (MailBatch batch = sender.openBatch(brand.organization())) {
            SendResult result = batch.send(first);
            assertThat(result.isSent()).isTrue();
            batch.keepInSent(first, result);
        }
        // the third was taken over by this instance, which is alive and still sending it
        jdbc.update("update outreach_messages set claimed_by = ? where bulk_send_id = ? and address = ?", workers.self(), bulk,
                stillSending);
        assertThat(jdbc.queryForList("select status from outreach_messages where bulk_send_id = ?", String.class, bulk))
                .containsOnly("SENDING");

        try (RecordedOutreach recorded = new RecordedOutreach(context)) {
            assertThat(recovery.recover(brand.organization())).isEqualTo(2);

            assertThat(status(bulk, wentOut)).isEqualTo("SENT");
            assertThat(status(bulk, neverLeft)).isEqualTo("QUEUED");
            assertThat(status(bulk, stillSending)).as("a live worker's claim is left alone").isEqualTo("SENDING");
            assertThat(recorded.sent(brand.organization())).extracting(OutreachSent::messageId).containsExactly(first.messageId());
        }
        worker.drainNow(brand.organization());

        assertThat(status(bulk, neverLeft)).isEqualTo("SENT");
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), wentOut)).as("no second copy").hasSize(1);
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), neverLeft)).as("sent exactly once").hasSize(1);
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), stillSending)).isEmpty();
        assertThat(recovery.recover(brand.organization())).as("nothing left to recover").isZero();
    }

    private String status(UUID bulk, String address) {
        return jdbc.queryForObject("select status from outreach_messages where bulk_send_id = ? and address = ?",
                String.class, bulk, address);
    }
}
