package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.collaboration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every URL of the module answers 404 for another organization's collaboration, shipment, campaign or creator
 * (exactly like an id that does not exist) and changes nothing; every state-changing route refuses a request
 * without the CSRF token.
 */
@IntegrationTest
class CollaborationAccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn owner;
    SignedIn stranger;
    UUID theirs;
    UUID theirShipment;
    UUID theirCampaign;
    UUID theirCreator;
    UUID mine;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Owner Brand");
        theirs = collaboration(mvc, owner, "Private Creator");
        mvc.perform(owner.as(post("/collaborations/" + theirs + "/shipments").with(csrf()).param("carrier", "DHL").param("trackingNumber", "PRIV1234")));
        theirShipment = jdbc.queryForObject("select id from collaboration_shipments where collaboration_id = ?", UUID.class, theirs);
        theirCampaign = jdbc.queryForObject("select campaign_id from collaborations where id = ?", UUID.class, theirs);
        theirCreator = jdbc.queryForObject("select creator_id from collaborations where id = ?", UUID.class, theirs);
        stranger = TestAccounts.signUp(mvc, "Stranger Brand");
        mine = collaboration(mvc, stranger, "Stranger Creator");
    }

    @Test
    void anotherOrganizationsIdsAreNotFoundOnEveryPage() throws Exception {
        for (String url : List.of("/collaborations/" + theirs, "/collaborations/" + theirs + "/edit",
                "/collaborations/campaigns/" + theirCampaign + "/tab", "/collaborations/creators/" + theirCreator + "/tab",
                "/collaborations/" + UUID.randomUUID(), "/collaborations/campaigns/" + UUID.randomUUID() + "/tab")) {
            mvc.perform(stranger.as(get(url))).andExpect(status().isNotFound());
        }
    }

    @Test
    void anotherOrganizationsCollaborationCannotBeChangedThroughAnyRoute() throws Exception {
        int entries = TestCollaborations.activities(jdbc, theirs);
        String base = "/collaborations/" + theirs;
        List<MockHttpServletRequestBuilder> changes = List.of(
                post(base + "/status").param("status", "COMPLETED"),
                post(base + "/edit").param("cost", "1").param("postCount", "1"),
                post(base + "/payments").param("amount", "10").param("currency", "USD").param("paidOn", "2026-05-01").param("method", "Cash"),
                post(base + "/content").param("url", "https://example.com/p").param("platform", "TIKTOK").param("postType", "video").param("postedOn", "2026-05-01"),
                post(base + "/notes").param("note", "Hello"),
                post(base + "/shipments").param("carrier", "UPS").param("trackingNumber", "1Z999"),
                post(base + "/shipments/" + theirShipment + "/status").param("status", "DELIVERED"),
                post("/collaborations/" + mine + "/shipments/" + theirShipment + "/status").param("status", "DELIVERED"));
        for (MockHttpServletRequestBuilder change : changes) {
            mvc.perform(stranger.as(change.with(csrf()))).andExpect(status().isNotFound());
            mvc.perform(stranger.as(change.with(csrf()).header("HX-Request", "true"))).andExpect(status().isNotFound());
        }
        assertThat(TestCollaborations.activities(jdbc, theirs)).isEqualTo(entries);
        assertThat(TestCollaborations.statusOf(jdbc, theirs)).isEqualTo("NEGOTIATING");
        assertThat(jdbc.queryForObject("select status from collaboration_shipments where id = ?", String.class, theirShipment)).isEqualTo("PENDING");
    }

    @Test
    void listsSearchesExportsAndFormsNeverShowAnotherOrganizationsData() throws Exception {
        for (String url : List.of("/collaborations", "/collaborations?campaign=" + theirCampaign, "/collaborations?creator=" + theirCreator,
                "/collaborations?q=private", "/collaborations/export.csv", "/collaborations/export.csv?campaign=" + theirCampaign,
                "/collaborations/new?campaign=" + theirCampaign + "&creator=" + theirCreator, "/collaborations/tags")) {
            mvc.perform(stranger.as(get(url))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Private Creator"))))
                    .andExpect(content().string(not(containsString(theirs.toString()))));
        }
        // A foreign cursor is echoed back (the member typed it) but positions nothing: the first page of their own list.
        mvc.perform(stranger.as(get("/collaborations?after=" + theirs))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Private Creator"))))
                .andExpect(content().string(containsString("Stranger Creator")));
        mvc.perform(stranger.as(get("/collaborations/count?campaign=" + theirCampaign))).andExpect(content().string(containsString("0 collaborations")));
        mvc.perform(stranger.as(post("/collaborations/batch").with(csrf()).header("HX-Request", "true")
                        .param("action", "status").param("batchStatus", "COMPLETED").param("ids", theirs.toString())))
                .andExpect(content().string(containsString("not found (deleted, or not in your organization)")));
        assertThat(TestCollaborations.statusOf(jdbc, theirs)).isEqualTo("NEGOTIATING");
    }

    @Test
    void everyStateChangingRouteRefusesARequestWithoutTheCsrfToken() throws Exception {
        String base = "/collaborations/" + theirs;
        List<String> routes = List.of("/collaborations", base + "/edit", base + "/status", base + "/payments", base + "/content",
                base + "/notes", base + "/shipments", base + "/shipments/" + theirShipment + "/status", "/collaborations/batch");
        int entries = TestCollaborations.activities(jdbc, theirs);
        for (String url : routes) {
            mvc.perform(owner.as(post(url).param("status", "COMPLETED").param("note", "x").param("ids", theirs.toString())
                    .param("action", "status").param("batchStatus", "COMPLETED"))).andExpect(status().isForbidden());
            mvc.perform(owner.as(post(url).header("X-CSRF-TOKEN", "not-the-token").param("note", "x")))
                    .andExpect(status().isForbidden());
        }
        assertThat(TestCollaborations.statusOf(jdbc, theirs)).isEqualTo("NEGOTIATING");
        assertThat(TestCollaborations.activities(jdbc, theirs)).isEqualTo(entries);
        // The same requests with the token get past the check: the refusal above was the missing token.
        for (String url : routes) {
            int answer = mvc.perform(owner.as(post(url).with(csrf()).param("note", "x").param("ids", theirs.toString())
                    .param("action", "status").param("batchStatus", "FULFILLING"))).andReturn().getResponse().getStatus();
            assertThat(answer).as(url).isNotEqualTo(403);
        }
    }
}
