package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The batch toolbar: all selected rows change, each with its own history entry, or the skipped ones are named with the reason. */
@IntegrationTest
class BatchOperationsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn owner;
    UUID ana;
    UUID ben;
    UUID cy;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Batch Brand");
        UUID campaign = campaign(mvc, owner, "Batch Campaign");
        ana = create(mvc, owner, campaign, creator(mvc, owner, "Ana Lima", "TIKTOK", "@analima"), "tags", "VIP");
        ben = create(mvc, owner, campaign, creator(mvc, owner, "Ben Ode", "TIKTOK", "@benode"), "status", "PENDING");
        cy = create(mvc, owner, campaign, creator(mvc, owner, "Cy Roth", "TIKTOK", "@cyroth"));
    }

    ResultActions batch(MockHttpServletRequestBuilder request, UUID... ids) throws Exception {
        for (UUID id : ids) {
            request.param("ids", id.toString());
        }
        return mvc.perform(owner.as(request));
    }

    MockHttpServletRequestBuilder htmx(String... fieldsAndValues) {
        MockHttpServletRequestBuilder request = post("/collaborations/batch").with(csrf()).header("HX-Request", "true");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request;
    }

    int statusEntries(UUID id) {
        return jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ? and kind = 'STATUS_CHANGED'",
                Integer.class, id);
    }

    @Test
    void changesTheStatusOfEverySelectedCollaborationEachWithItsOwnHistoryEntry() throws Exception {
        batch(htmx("action", "status", "batchStatus", "COMPLETED"), ana, ben, cy)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")),
                        containsString("3 collaborations changed to Completed."), not(containsString("Skipped")))));

        for (UUID id : new UUID[] {ana, ben, cy}) {
            assertThat(statusOf(jdbc, id)).isEqualTo("COMPLETED");
            assertThat(statusEntries(id)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select from_status from collaboration_activities where collaboration_id = ? and kind = 'STATUS_CHANGED'",
                String.class, ben)).isEqualTo("PENDING");
    }

    @Test
    void skippedRowsAreNamedWithTheReasonForeignAndDeletedOnesIncluded() throws Exception {
        mvc.perform(owner.as(post("/collaborations/" + cy + "/status").with(csrf()).param("status", "COMPLETED")));
        SignedIn other = TestAccounts.signUp(mvc, "Other Brand");
        UUID foreign = TestCollaborations.collaboration(mvc, other, "Their Creator");
        UUID missing = UUID.randomUUID();

        batch(htmx("action", "status", "batchStatus", "COMPLETED"), ana, cy, foreign, missing)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("1 collaboration changed to Completed. Skipped 3:"),
                        containsString("Cy Roth — already Completed"),
                        containsString("Collaboration " + foreign + " — not found (deleted, or not in your organization)"),
                        containsString("Collaboration " + missing + " — not found (deleted, or not in your organization)"),
                        not(containsString("Their Creator")))));
        assertThat(statusOf(jdbc, ana)).isEqualTo("COMPLETED");
        assertThat(statusOf(jdbc, foreign)).isEqualTo("NEGOTIATING");
        assertThat(statusEntries(cy)).isEqualTo(1);
    }

    @Test
    void cancellingAsksForAReasonAndWithoutOneChangesNothingKeepingTheSelection() throws Exception {
        batch(htmx("action", "status", "batchStatus", "CANCELLED", "batchReason", ""), ana, ben)
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Choose why the collaboration is cancelled."),
                        containsString("aria-label=\"Select Ana Lima in Batch Campaign\" checked=\"checked\""),
                        not(containsString("aria-label=\"Select Cy Roth in Batch Campaign\" checked")))));
        assertThat(statusOf(jdbc, ana)).isEqualTo("NEGOTIATING");

        batch(htmx("action", "status", "batchStatus", "CANCELLED", "batchReason", "OTHER", "batchReasonNote", " "), ana, ben)
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Describe the reason for cancelling.")));
        assertThat(statusOf(jdbc, ben)).isEqualTo("PENDING");

        batch(htmx("action", "status", "batchStatus", "CANCELLED", "batchReason", "BUDGET_CUT"), ana, ben)
                .andExpect(content().string(containsString("2 collaborations changed to Cancelled.")));
        assertThat(jdbc.queryForList("select cancellation_reason from collaborations where id in (?, ?)", String.class, ana, ben))
                .containsOnly("BUDGET_CUT");
        assertThat(jdbc.queryForList("select reason from collaboration_activities where collaboration_id in (?, ?) and kind = 'STATUS_CHANGED'",
                String.class, ana, ben)).containsExactly("BUDGET_CUT", "BUDGET_CUT");
        batch(htmx("action", "status", "batchStatus", "CANCELLED", "batchReason", "OTHER", "batchReasonNote", "Brand merger"), cy)
                .andExpect(content().string(containsString("1 collaboration changed to Cancelled.")));
        assertThat(jdbc.queryForMap("select cancellation_reason, cancellation_note from collaborations where id = ?", cy))
                .containsEntry("cancellation_reason", "OTHER").containsEntry("cancellation_note", "Brand merger");
        batch(htmx("action", "status", "batchStatus", "COMPLETED")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Select at least one collaboration.")));
    }

    @Test
    void addsAndRemovesATagRecordingEachChange() throws Exception {
        batch(htmx("action", "add-tag", "batchTag", " vip "), ana, ben)
                .andExpect(content().string(allOf(containsString("Tag vip added to 1 collaboration. Skipped 1:"),
                        containsString("Ana Lima — already tagged vip"))));
        assertThat(jdbc.queryForObject("select array_to_string(tags, ',') from collaborations where id = ?", String.class, ben)).isEqualTo("vip");
        assertThat(jdbc.queryForList("select subject || ': ' || before_value || ' → ' || after_value from collaboration_activities "
                + "where collaboration_id = ? and kind = 'TERMS_CHANGED'", String.class, ben)).containsExactly("Tags: — → vip");

        batch(htmx("action", "remove-tag", "batchTag", "VIP"), ana, ben, cy)
                .andExpect(content().string(allOf(containsString("Tag VIP removed from 2 collaborations. Skipped 1:"),
                        containsString("Cy Roth — not tagged VIP"))));
        assertThat(jdbc.queryForObject("select count(*) from collaborations where id in (?, ?) and tags = '{}'", Integer.class, ana, ben)).isEqualTo(2);
        batch(htmx("action", "add-tag", "batchTag", " "), ana).andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a tag.")));
    }

    @Test
    void aRowWhoseOwnRulesRefuseTheChangeIsSkippedWithTheRuleAndTheOthersStillChange() throws Exception {
        String twentyTags = String.join(", ", java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "tag" + i).toList());
        mvc.perform(owner.as(post("/collaborations/" + ben + "/edit").with(csrf()).param("tags", twentyTags).param("postCount", "1")))
                .andExpect(status().is3xxRedirection());

        batch(htmx("action", "add-tag", "batchTag", "launch"), ana, ben)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tag launch added to 1 collaboration. Skipped 1:"),
                        containsString("Ben Ode — Use at most 20 tags."))));
        assertThat(jdbc.queryForObject("select array_to_string(tags, ',') from collaborations where id = ?", String.class, ana))
                .isEqualTo("VIP,launch");
        assertThat(jdbc.queryForObject("select cardinality(tags) from collaborations where id = ?", Integer.class, ben)).isEqualTo(20);
    }

    @Test
    void withoutHtmxTheReportIsShownOnTheListAfterARedirectKeepingTheFilters() throws Exception {
        batch(post("/collaborations/batch").with(csrf()).param("action", "status").param("batchStatus", "FULFILLING")
                .param("status", "NEGOTIATING"), ana, cy)
                .andExpect(redirectedUrl("/collaborations?status=NEGOTIATING"));
        mvc.perform(owner.as(get("/collaborations?status=NEGOTIATING")))
                .andExpect(content().string(containsString("2 collaborations changed to Fulfilling.")));
    }
}
