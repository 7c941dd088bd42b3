package com.creatordesk.campaigns;

import static com.creatordesk.campaigns.TestCampaigns.create;
import static com.creatordesk.campaigns.TestCampaigns.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.events.CampaignCancelled;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Another organization's campaign answers 404 on every URL and is left as it was; changes need the CSRF token. */
@IntegrationTest
@RecordApplicationEvents
class CampaignTenancyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    SignedIn owner;
    SignedIn intruder;
    UUID campaign;

    @BeforeEach
    void twoOrganizations() throws Exception {
        owner = TestAccounts.signUp(mvc, "Owner Brand");
        intruder = TestAccounts.signUp(mvc, "Intruder Brand");
        campaign = create(mvc, owner, "Private Plans", "status", "ACTIVE", "budget", "5000", "keywords", "#secret");
    }

    @Test
    void everyCampaignUrlAnswers404ToAnotherOrganizationAndChangesNothing() throws Exception {
        String before = row();
        String base = "/campaigns/" + campaign;
        List<MockHttpServletRequestBuilder> requests = List.of(
                get(base), get(base + "/outreach"), get(base + "/collaborations"),
                get(base + "/collaborations").header("HX-Request", "true"),
                get(base + "/edit"),
                form(base + "/edit", "Taken Over", "budget", "1"),
                form(base + "/edit", "", "budget", "-1"),
                post(base + "/status").with(csrf()).param("status", "PAUSED"),
                post(base + "/status").with(csrf()).param("status", "CANCELLED"),
                post(base + "/cancel").with(csrf()));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(intruder.as(request)).andExpect(status().isNotFound());
        }
        assertThat(row()).isEqualTo(before);
        assertThat(events.stream(CampaignCancelled.class)).isEmpty();

        mvc.perform(owner.as(get(base))).andExpect(status().isOk());
    }

    @Test
    void anIdThatDoesNotExistAnswers404Too() throws Exception {
        mvc.perform(owner.as(get("/campaigns/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(owner.as(post("/campaigns/" + UUID.randomUUID() + "/cancel").with(csrf())))
                .andExpect(status().isNotFound());
    }

    @Test
    void stateChangingRoutesRefuseRequestsWithoutTheCsrfToken() throws Exception {
        String before = row();
        String base = "/campaigns/" + campaign;
        List<MockHttpServletRequestBuilder> requests = List.of(
                post("/campaigns").param("name", "Forged"),
                post(base + "/edit").param("name", "Forged"),
                post(base + "/status").param("status", "PAUSED"),
                post(base + "/cancel"));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(owner.as(request)).andExpect(status().isForbidden());
        }
        assertThat(row()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from campaigns where name = 'Forged'", Long.class)).isZero();
        assertThat(events.stream(CampaignCancelled.class)).isEmpty();
    }

    /** The whole row as JSON, to compare before and after. */
    private String row() {
        return jdbc.queryForObject("select row_to_json(c)::text from campaigns c where id = ?", String.class, campaign);
    }
}
