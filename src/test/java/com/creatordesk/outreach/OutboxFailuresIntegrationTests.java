package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestClock;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.SmtpStub;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Against a local SMTP stub: 4xx replies are retried with backoff, 5xx ones fail with the server's words. */
@IntegrationTest
class OutboxFailuresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTemporaryRefusalIsRetriedAfterAMinuteAndAPermanentOneFailsWithItsReasonShown() throws Exception {
        try (SmtpStub stub = new SmtpStub(0)) {
            Brand brand = stubbedBrand("Retry Co", stub);
            UUID bulk = queued(brand, "ok@creator.test", "flaky@creator.test", "nobody@creator.test");

            worker.drainNow(brand.organization());

            assertThat(row(bulk, "ok@creator.test")).containsEntry("status", "SENT");
            Map<String, Object> flaky = row(bulk, "flaky@creator.test");
            assertThat(flaky).containsEntry("status", "QUEUED").containsEntry("attempts", 1)
                    .containsEntry("problem", "451 4.3.0 Temporary local problem, try again later");
            assertThat(Duration.between(Instant.now(), ((Timestamp) flaky.get("next_attempt_at")).toInstant()))
                    .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(61));
            assertThat(row(bulk, "nobody@creator.test")).containsEntry("status", "FAILED").containsEntry("reply_code", 550)
                    .containsEntry("problem", "550 5.1.1 No such user here");
            String page = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("550 5.1.1 No such user here").contains("Retrying at");

            assertThat(worker.drainNow(brand.organization())).as("not due before a minute has passed").isZero();
            clock.advance(Duration.ofMinutes(1));
            worker.drainNow(brand.organization());

            assertThat(row(bulk, "flaky@creator.test")).containsEntry("status", "SENT").containsEntry("attempts", 2);
            assertThat(stub.accepted()).hasSize(2);
            assertThat(stub.accepted()).filteredOn(data -> data.contains("To: flaky@creator.test")).hasSize(1);
        }
    }

    @Test
    void temporaryFailuresAreRetriedAfterOneFiveFifteenAndSixtyMinutesThenFail() throws Exception {
        try (SmtpStub stub = new SmtpStub(0)) {
            Brand brand = stubbedBrand("Busy Co", stub);
            UUID bulk = queued(brand, "busy@creator.test");

            worker.drainNow(brand.organization());
            for (int minutes : new int[] {1, 5, 15, 60}) {
                assertThat(row(bulk, "busy@creator.test")).containsEntry("status", "QUEUED");
                clock.advance(Duration.ofMinutes(minutes).minusSeconds(5));
                assertThat(worker.drainNow(brand.organization())).as("not yet due").isZero();
                clock.advance(Duration.ofSeconds(5));
                assertThat(worker.drainNow(brand.organization())).isEqualTo(1);
            }

            assertThat(row(bulk, "busy@creator.test")).containsEntry("status", "FAILED").containsEntry("attempts", 5)
                    .containsEntry("problem", "451 4.2.1 Mailbox busy, try again later");
            assertThat(stub.accepted()).isEmpty();
        }
    }

    private Brand stubbedBrand(String name, SmtpStub stub) throws Exception {
        Brand brand = brand(mvc, jdbc, name);
        // IMAP on a closed port: copies for the Sent folder can't be kept, and sending goes on regardless
        MailboxTestSupport.saveMailbox(mvc, brand.owner(), MailboxTestSupport.closedPort(), stub.port(),
                "partners@northwind.test", "stub-password");
        return brand;
    }

    private UUID queued(Brand brand, String... addresses) throws Exception {
        UUID campaign = activeCampaign(mvc, brand.owner(), "Failures");
        UUID template = template(mvc, brand.owner(), "Short", "Hi {{first_name}}", "Hello {{display_name}}");
        UUID[] creators = new UUID[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            creators[i] = creator(mvc, brand.owner(), "Creator " + i, "failing" + i, addresses[i], null);
        }
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template, creators);
        queue(bulkSends, jdbc, brand, bulk);
        return bulk;
    }

    private Map<String, Object> row(UUID bulk, String address) {
        return jdbc.queryForMap("select status, attempts, problem, reply_code, next_attempt_at from outreach_messages "
                + "where bulk_send_id = ? and address = ?", bulk, address);
    }
}
