package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo mode: once campaigns and creators are seeded, collaborations in every status with their records; once only. */
@IntegrationTest
class CollaborationDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void seedsASpreadOfCollaborationsWithTheirHistoryAndOnlyOnce() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Demo Brand");
        OrganizationId organization = organizationOf(jdbc, owner);
        MemberId ownerId = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email()));
        DemoOrganizationCreated event = new DemoOrganizationCreated(organization, ownerId);

        transactions.executeWithoutResult(status -> events.publishEvent(event));

        await().atMost(Duration.ofSeconds(60)).until(() -> count("collaborations", organization) > 0);
        assertThat(count("collaborations", organization)).isEqualTo(16);
        assertThat(jdbc.queryForList("select distinct status from collaborations where organization_id = ?", String.class,
                organization.value())).containsExactlyInAnyOrder("PENDING", "NEGOTIATING", "FULFILLING", "COMPLETED", "CANCELLED");
        assertThat(count("collaboration_payments", organization)).isPositive();
        assertThat(count("collaboration_content", organization)).isPositive();
        assertThat(count("collaboration_shipments", organization)).isPositive();
        assertThat(jdbc.queryForList("select distinct kind from collaboration_activities where organization_id = ?", String.class,
                organization.value())).contains("CREATED", "STATUS_CHANGED", "PAYMENT_MADE", "CONTENT_DELIVERED", "NOTE_ADDED",
                "SHIPMENT_ADDED", "DELIVERY_STATUS_CHANGED");
        assertThat(jdbc.queryForObject("select count(*) from collaborations c where organization_id = ? and not exists "
                + "(select 1 from campaigns k where k.id = c.campaign_id and k.organization_id = c.organization_id and k.status = 'ACTIVE')",
                Integer.class, organization.value())).isZero();
        int entries = count("collaboration_activities", organization);

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("select count(*) from event_publication "
                + "where listener_id like '%collaborations-demo-data%' and completion_date is null", Integer.class) == 0);
        assertThat(count("collaborations", organization)).isEqualTo(16);
        assertThat(count("collaboration_activities", organization)).isEqualTo(entries);
    }

    private int count(String table, OrganizationId organization) {
        return jdbc.queryForObject("select count(*) from " + table + " where organization_id = ?", Integer.class, organization.value());
    }
}
