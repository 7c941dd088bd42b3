package com.creatordesk.campaigns;

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

/** Demo mode seeds sample campaigns once per demo organization. */
@IntegrationTest
class CampaignDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoOrganizationGetsCampaignsInEveryStatusOnceEvenIfTheEventComesTwice() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Demo Brand");
        OrganizationId organization = TestCampaigns.organizationOf(jdbc, owner);
        MemberId member = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email()));
        DemoOrganizationCreated created = new DemoOrganizationCreated(organization, member);

        announce(created);
        await().atMost(Duration.ofSeconds(20)).until(() -> count(organization) == 8);
        announce(created);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where listener_id = 'campaigns-demo-data'", Long.class) == 0);

        assertThat(count(organization)).isEqualTo(8);
        assertThat(jdbc.queryForList("select distinct status from campaigns where organization_id = ? order by status",
                String.class, organization.value())).containsExactly("ACTIVE", "CANCELLED", "COMPLETED", "DRAFT", "PAUSED");
        assertThat(jdbc.queryForObject("select count(distinct created_by) from campaigns where organization_id = ?",
                Long.class, organization.value())).isEqualTo(1);
    }

    private void announce(DemoOrganizationCreated created) {
        transactions.executeWithoutResult(status -> events.publishEvent(created));
    }

    private long count(OrganizationId organization) {
        return jdbc.queryForObject("select count(*) from campaigns where organization_id = ?", Long.class, organization.value());
    }
}
