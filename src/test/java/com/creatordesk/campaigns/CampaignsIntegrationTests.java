package com.creatordesk.campaigns;

import static com.creatordesk.campaigns.TestCampaigns.create;
import static com.creatordesk.campaigns.TestCampaigns.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The facade other modules use: every answer belongs to the organization it runs for. */
@IntegrationTest
class CampaignsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Campaigns campaigns;

    SignedIn owner;
    OrganizationId organization;
    SignedIn other;
    OrganizationId otherOrganization;

    @BeforeEach
    void signUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Facade Brand");
        organization = organizationOf(jdbc, owner);
        other = TestAccounts.signUp(mvc, "Other Facade Brand");
        otherOrganization = organizationOf(jdbc, other);
    }

    @Test
    void activeListsTheOrganizationsActiveCampaignsByName() throws Exception {
        create(mvc, owner, "zebra Push", "status", "ACTIVE");
        create(mvc, owner, "Apple Week", "status", "ACTIVE");
        create(mvc, owner, "Mango Draft");
        UUID paused = create(mvc, owner, "Banana Paused", "status", "ACTIVE");
        mvc.perform(owner.as(post("/campaigns/" + paused + "/status").with(csrf()).param("status", "PAUSED")));
        UUID cancelled = create(mvc, owner, "Cherry Cancelled", "status", "ACTIVE");
        mvc.perform(owner.as(post("/campaigns/" + cancelled + "/cancel").with(csrf())));
        create(mvc, other, "Another Brand Active", "status", "ACTIVE");

        assertThat(Tenancy.callAs(organization, campaigns::active)).extracting(CampaignSummary::name)
                .containsExactly("Apple Week", "zebra Push");
        assertThat(Tenancy.callAs(otherOrganization, campaigns::active)).extracting(CampaignSummary::name)
                .containsExactly("Another Brand Active");
    }

    @Test
    void findAnswersOnlyForTheOrganizationsOwnCampaigns() throws Exception {
        UUID id = create(mvc, owner, "Found", "status", "ACTIVE", "startDate", "2026-04-01", "endDate", "2026-04-30",
                "budget", "1999.9", "currency", "SEK", "keywords", "#found it");
        CampaignId campaign = new CampaignId(id);

        assertThat(Tenancy.callAs(organization, () -> campaigns.find(campaign))).contains(new CampaignSummary(campaign,
                "Found", CampaignStatus.ACTIVE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                new BigDecimal("1999.90"), "SEK"));
        assertThat(Tenancy.callAs(organization, () -> campaigns.exists(campaign))).isTrue();
        assertThat(Tenancy.callAs(organization, () -> campaigns.attributionKeywords(campaign))).containsExactly("#found", "it");

        assertThat(Tenancy.callAs(otherOrganization, () -> campaigns.find(campaign))).isEmpty();
        assertThat(Tenancy.callAs(otherOrganization, () -> campaigns.exists(campaign))).isFalse();
        assertThat(Tenancy.callAs(otherOrganization, () -> campaigns.attributionKeywords(campaign))).isEmpty();
        assertThat(campaigns.find(campaign)).as("a thread with no organization sees nothing").isEmpty();
    }

    @Test
    void findAllReturnsTheOrganizationsCampaignsAmongTheIds() throws Exception {
        CampaignId first = new CampaignId(create(mvc, owner, "First"));
        CampaignId second = new CampaignId(create(mvc, owner, "Second"));
        CampaignId theirs = new CampaignId(create(mvc, other, "Theirs"));
        CampaignId missing = new CampaignId(UUID.randomUUID());

        var found = Tenancy.callAs(organization, () -> campaigns.findAll(List.of(first, second, theirs, missing, first)));
        assertThat(found.keySet()).isEqualTo(Set.of(first, second));
        assertThat(found.get(second).name()).isEqualTo("Second");
        assertThat(found.get(second).budgetMoney()).isEmpty();
        assertThat(found.get(second).currency()).isEqualTo("USD");
        assertThat(found.get(second).status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(Tenancy.callAs(organization, () -> campaigns.findAll(List.of()))).isEmpty();
        assertThat(Tenancy.callAsSystem(() -> campaigns.findAll(List.of(first, theirs))).keySet())
                .as("background work bound to no organization sees every organization's").isEqualTo(Set.of(first, theirs));
    }
}
