package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static com.creatordesk.collaborations.TestCollaborations.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.events.CampaignCancelled;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A cancelled campaign cancels its open collaborations with the reason Campaign cancelled, once. */
@IntegrationTest
class CampaignCancellationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void openCollaborationsAreCancelledCompletedAndCancelledOnesAreLeftAndASecondDeliveryChangesNothing() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Cancelling Brand");
        UUID campaign = campaign(mvc, owner, "Winter Teaser");
        UUID otherCampaign = campaign(mvc, owner, "Still Running");
        UUID pending = create(mvc, owner, campaign, creator(mvc, owner, "Ana Pending", "TIKTOK", "@anapending"), "status", "PENDING");
        UUID negotiating = create(mvc, owner, campaign, creator(mvc, owner, "Ben Negotiating", "TIKTOK", "@bennego"));
        UUID fulfilling = create(mvc, owner, campaign, creator(mvc, owner, "Cy Fulfilling", "TIKTOK", "@cyful"));
        UUID completed = create(mvc, owner, campaign, creator(mvc, owner, "Di Completed", "TIKTOK", "@dicomp"));
        UUID declined = create(mvc, owner, campaign, creator(mvc, owner, "Ed Declined", "TIKTOK", "@eddecl"));
        UUID elsewhere = create(mvc, owner, otherCampaign, creator(mvc, owner, "Flo Elsewhere", "TIKTOK", "@floelse"));
        move(owner, fulfilling, "FULFILLING");
        move(owner, completed, "COMPLETED");
        mvc.perform(owner.as(post("/collaborations/" + declined + "/status").with(csrf())
                .param("status", "CANCELLED").param("reason", "CREATOR_DECLINED")));

        mvc.perform(owner.as(post("/campaigns/" + campaign + "/cancel").with(csrf())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (UUID open : new UUID[] {pending, negotiating, fulfilling}) {
                assertThat(jdbc.queryForMap("select status, cancellation_reason from collaborations where id = ?", open))
                        .containsEntry("status", "CANCELLED").containsEntry("cancellation_reason", "CAMPAIGN_CANCELLED");
            }
        });
        assertThat(statusOf(jdbc, completed)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select cancellation_reason from collaborations where id = ?", String.class, declined))
                .isEqualTo("CREATOR_DECLINED");
        assertThat(statusOf(jdbc, elsewhere)).isEqualTo("NEGOTIATING");
        assertThat(jdbc.queryForList("select actor_name from collaboration_activities where collaboration_id = ? "
                + "and reason = 'CAMPAIGN_CANCELLED'", String.class, pending)).containsExactly("System");

        int entries = entries(campaign);
        transactions.executeWithoutResult(status -> events.publishEvent(
                new CampaignCancelled(organizationOf(jdbc, owner), new CampaignId(campaign))));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%collaborations-on-campaign-cancelled%' "
                        + "and completion_date is null", Integer.class) == 0);
        assertThat(entries(campaign)).isEqualTo(entries);
    }

    private void move(SignedIn owner, UUID collaboration, String status) throws Exception {
        mvc.perform(owner.as(post("/collaborations/" + collaboration + "/status").with(csrf()).param("status", status)));
    }

    private int entries(UUID campaign) {
        return jdbc.queryForObject("select count(*) from collaboration_activities a join collaborations c on c.id = a.collaboration_id "
                + "where c.campaign_id = ?", Integer.class, campaign);
    }
}
