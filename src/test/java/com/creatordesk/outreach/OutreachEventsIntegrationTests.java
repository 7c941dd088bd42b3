package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatordesk.IntegrationTest;
import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.Collaborations;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.events.OutreachBounced;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The events outreach listens to: a bounce notice, and the demo organization's creation. */
@IntegrationTest
class OutreachEventsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Collaborations collaborations;
    @Autowired SandboxServer sandbox;

    @Test
    void aBounceMarksThatRecipientBouncedOnceAndOnlyInItsOwnOrganization() throws Exception {
        Brand brand = brand(mvc, jdbc, "Bounce Co");
        UUID bulk = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "Bouncy"),
                template(mvc, brand.owner(), "Short", "Hi", "Hello {{display_name}}"),
                creator(mvc, brand.owner(), "Gone Away", "gone.away", "gone@creator.test", null),
                creator(mvc, brand.owner(), "Still Here", "still.here", "here@creator.test", null));
        queue(bulkSends, jdbc, brand, bulk);
        worker.drainNow(brand.organization());
        String messageId = jdbc.queryForObject("select message_id from outreach_messages where bulk_send_id = ? "
                + "and address = 'gone@creator.test'", String.class, bulk);
        Brand other = brand(mvc, jdbc, "Other Co");

        publish(new OutreachBounced(other.organization(), messageId, "550 not ours"));
        publish(new OutreachBounced(brand.organization(), messageId, "550 5.1.1 User unknown"));
        publish(new OutreachBounced(brand.organization(), messageId, "550 5.1.1 User unknown"));
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete("outreach-bounces", brand) == 0
                && "BOUNCED".equals(status(bulk, "gone@creator.test")));

        assertThat(jdbc.queryForObject("select problem from outreach_messages where message_id = ?", String.class, messageId))
                .isEqualTo("550 5.1.1 User unknown");
        assertThat(status(bulk, "here@creator.test")).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select count(*) from outreach_messages where organization_id = ?", Integer.class,
                other.organization().value())).isZero();
    }

    /**
     * The organization already has its campaign, creators and a collaboration, so the other modules' demo data
     * leaves it alone and outreach's outcome is known: creators 04 and 10 have no email.
     */
    @Test
    void theDemoOrganizationGetsTemplatesDraftsAFinishedBulkSendWithASpreadOfStatesAndALiveOneIntoTheSandboxOnce()
            throws Exception {
        Brand brand = brand(mvc, jdbc, "Demo Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Demo Launch");
        List<UUID> creators = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String email = i == 4 || i == 10 ? null : "demo" + i + "." + brand.organization().value() + "@creator.test";
            creators.add(creator(mvc, brand.owner(), String.format("Demo Creator %02d", i), "demo.creator" + i, email, null));
        }
        Tenancy.runAs(brand.organization(), () -> collaborations.createIfAbsent(new CampaignId(campaign),
                new CreatorId(creators.get(13)), CollaborationStatus.NEGOTIATING, "Inbox sync", null));
        MemberId owner = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class,
                brand.owner().email()));

        publish(new DemoOrganizationCreated(brand.organization(), owner));
        await().atMost(Duration.ofSeconds(60)).until(() -> incomplete("outreach-demo-data", brand) == 0
                && jdbc.queryForObject("select count(*) from outreach_messages where organization_id = ? and status = 'SENT' "
                        + "and created_at > now() - interval '1 hour'", Integer.class, brand.organization().value()) == 4);
        publish(new DemoOrganizationCreated(brand.organization(), owner));
        await().atMost(Duration.ofSeconds(60)).until(() -> incomplete("outreach-demo-data", brand) == 0);

        assertThat(count(brand, "outreach_templates")).isEqualTo(4);
        assertThat(count(brand, "outreach_drafts")).isEqualTo(2);
        List<UUID> bulkSends = jdbc.queryForList("select id from outreach_bulk_sends where organization_id = ? "
                + "order by created_at", UUID.class, brand.organization().value());
        assertThat(bulkSends).hasSize(2);
        assertThat(jdbc.queryForList("select status from outreach_messages where bulk_send_id = ?", String.class,
                bulkSends.get(0))).containsExactlyInAnyOrder("SENT", "SENT", "SENT", "BOUNCED", "FAILED");
        assertThat(jdbc.queryForObject("select problem from outreach_messages where bulk_send_id = ? and status = 'FAILED'",
                String.class, bulkSends.get(0))).startsWith("550 5.1.1");
        assertThat(preflight(bulkSends.get(0))).containsExactly("RESOLVED null", "SKIPPED Unsubscribed.",
                "INVALID No email address.", "RESOLVED null", "RESOLVED null", "RESOLVED null", "RESOLVED null");
        assertThat(preflight(bulkSends.get(1))).containsExactly("SKIPPED Already contacted for this campaign.",
                "RESOLVED null", "RESOLVED null", "INVALID No email address.", "RESOLVED null", "RESOLVED null",
                "SKIPPED Already in a collaboration for this campaign.");
        assertThat(jdbc.queryForList("select status from outreach_messages where bulk_send_id = ?", String.class,
                bulkSends.get(1))).containsOnly("SENT").hasSize(4);
        String live = "demo9." + brand.organization().value() + "@creator.test";
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), live)).extracting(MimeMessage::getSubject)
                .containsExactly("A little something for you, Demo");
    }

    private List<String> preflight(UUID bulkSend) {
        return jdbc.queryForList("select state || ' ' || coalesce(reason, 'null') from outreach_bulk_recipients "
                + "where bulk_send_id = ? order by position", String.class, bulkSend);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The organization's events the listener has not handled yet (other tests' leftovers don't count). */
    private int incomplete(String listener, Brand brand) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id = ? and completion_date is null "
                + "and serialized_event like ?", Integer.class, listener, "%" + brand.organization().value() + "%");
    }

    private int count(Brand brand, String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where organization_id = ?", Integer.class,
                brand.organization().value());
    }

    private String status(UUID bulk, String address) {
        return jdbc.queryForObject("select status from outreach_messages where bulk_send_id = ? and address = ?",
                String.class, bulk, address);
    }
}
