package com.creatordesk.creators;

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

/** Demo mode seeds about 40 creators once, without reaching out to any platform. */
@IntegrationTest
class CreatorsDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void seedsRealisticCreatorsOnceWithoutEnrichment() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Demo Co");
        UUID organization = jdbc.queryForObject("select organization_id from members where email = ?", UUID.class, owner.email());
        UUID member = jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email());
        DemoOrganizationCreated created = new DemoOrganizationCreated(new OrganizationId(organization), new MemberId(member));

        transactions.executeWithoutResult(status -> events.publishEvent(created));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from creators where organization_id = ?", organization) == 40);
        transactions.executeWithoutResult(status -> events.publishEvent(created));
        Thread.sleep(1500);

        assertThat(count("select count(*) from creators where organization_id = ?", organization)).isEqualTo(40);
        assertThat(count("select count(distinct platform) from creator_handles where organization_id = ?", organization)).isEqualTo(10);
        assertThat(count("select count(*) from creators where organization_id = ? and tracked_since is not null", organization)).isBetween(3, 10);
        assertThat(count("select count(*) from creators where organization_id = ? and primary_email is null", organization)).isBetween(3, 10);
        assertThat(count("select count(distinct country) from creators where organization_id = ?", organization)).isGreaterThan(20);
        assertThat(count("select count(*) from creator_enrichments where organization_id = ?", organization)).isZero();
        String list = mvc.perform(owner.as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/creators")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Chloé Dubois").contains("Next");
    }

    private int count(String sql, UUID organization) {
        return jdbc.queryForObject(sql, Integer.class, organization);
    }
}
