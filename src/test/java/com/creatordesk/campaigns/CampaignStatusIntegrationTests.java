package com.creatordesk.campaigns;

import static com.creatordesk.campaigns.TestCampaigns.column;
import static com.creatordesk.campaigns.TestCampaigns.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.events.CampaignCancelled;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Status changes on the campaign page, and the CampaignCancelled event. */
@IntegrationTest
@RecordApplicationEvents
class CampaignStatusIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    CancelledCampaignsRecorder recorder;

    SignedIn owner;

    @BeforeEach
    void signUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Status Brand");
    }

    @Test
    void aCampaignMovesThroughItsLifecycle() throws Exception {
        UUID id = create(mvc, owner, "Lifecycle");
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(not(containsString("role=\"alert\""))))
                .andExpect(content().string(containsString(">Activate</button>")))
                .andExpect(content().string(not(containsString(">Pause</button>"))));

        changeStatus(id, "ACTIVE").andExpect(flash().attribute("flash", "Campaign is now Active."));
        assertThat(column(jdbc, "status", id)).isEqualTo("ACTIVE");
        changeStatus(id, "PAUSED").andExpect(flash().attribute("flash", "Campaign paused."));
        assertThat(column(jdbc, "status", id)).isEqualTo("PAUSED");
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(containsString(">Resume</button>")))
                .andExpect(content().string(containsString("Only Active campaigns are offered when creating a collaboration.")));
        changeStatus(id, "ACTIVE");
        changeStatus(id, "COMPLETED").andExpect(flash().attribute("flash", "Campaign marked completed."));
        assertThat(column(jdbc, "status", id)).isEqualTo("COMPLETED");
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(containsString(">Reopen</button>")))
                .andExpect(content().string(not(containsString("Cancel campaign"))));
        changeStatus(id, "ACTIVE");
        assertThat(column(jdbc, "status", id)).isEqualTo("ACTIVE");
        assertThat(events.stream(CampaignCancelled.class)).isEmpty();
    }

    @Test
    void aChangeTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() throws Exception {
        UUID id = create(mvc, owner, "Not Yet");
        mvc.perform(owner.as(get("/campaigns/" + id))).andExpect(content().string(containsString("Campaign created.")));
        changeStatus(id, "COMPLETED")
                .andExpect(flash().attribute("problem", "A Draft campaign can't be changed to Completed."));
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("A Draft campaign can&#39;t be changed to Completed.")));
        assertThat(column(jdbc, "status", id)).isEqualTo("DRAFT");

        changeStatus(id, "ACTIVE");
        changeStatus(id, "COMPLETED");
        cancel(id).andExpect(flash().attribute("problem", "A Completed campaign can't be changed to Cancelled."));
        assertThat(column(jdbc, "status", id)).isEqualTo("COMPLETED");
        assertThat(events.stream(CampaignCancelled.class)).isEmpty();
    }

    @Test
    void cancellingAsksForConfirmationAndIsFinal() throws Exception {
        UUID id = create(mvc, owner, "Short Lived", "status", "ACTIVE");
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(containsString("data-confirm=\"Cancel the campaign “Short Lived”? "
                        + "Its open collaborations will be cancelled too. This can’t be undone.\"")));

        cancel(id).andExpect(flash().attribute("flash", "Campaign cancelled."));
        assertThat(column(jdbc, "status", id)).isEqualTo("CANCELLED");
        assertThat(column(jdbc, "cancelled_at", id)).isNotNull();
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(content().string(containsString("Cancelled on ")))
                .andExpect(content().string(not(containsString("Cancel campaign"))))
                .andExpect(content().string(not(containsString(">Activate</button>"))));
        changeStatus(id, "ACTIVE").andExpect(flash().attribute("problem", "A Cancelled campaign can't be changed to Active."));
        assertThat(column(jdbc, "status", id)).isEqualTo("CANCELLED");
    }

    @Test
    void cancellingPublishesCampaignCancelledExactlyOnceAndItReachesListenersAfterCommit() throws Exception {
        UUID id = create(mvc, owner, "Cancel Me", "status", "ACTIVE");
        CampaignCancelled expected = new CampaignCancelled(TestCampaigns.organizationOf(jdbc, owner), new CampaignId(id));

        cancel(id);
        cancel(id);
        changeStatus(id, "CANCELLED");

        assertThat(events.stream(CampaignCancelled.class)).containsExactly(expected);
        await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.receivedFor(expected.campaign()).isEmpty());
        assertThat(recorder.receivedFor(expected.campaign()))
                .containsExactly(new CancelledCampaignsRecorder.Received(expected, CampaignStatus.CANCELLED));
    }

    @Test
    void choosingCancelledAsTheStatusCancelsTheSameWay() throws Exception {
        UUID id = create(mvc, owner, "Cancel By Status");
        changeStatus(id, "CANCELLED").andExpect(flash().attribute("flash", "Campaign cancelled."));
        assertThat(column(jdbc, "status", id)).isEqualTo("CANCELLED");
        assertThat(events.stream(CampaignCancelled.class)).extracting(CampaignCancelled::campaign)
                .containsExactly(new CampaignId(id));
    }

    private ResultActions changeStatus(UUID id, String status) throws Exception {
        return mvc.perform(owner.as(post("/campaigns/" + id + "/status").with(csrf()).param("status", status)))
                .andExpect(redirectedUrl("/campaigns/" + id));
    }

    private ResultActions cancel(UUID id) throws Exception {
        return mvc.perform(owner.as(post("/campaigns/" + id + "/cancel").with(csrf())))
                .andExpect(redirectedUrl("/campaigns/" + id));
    }
}
