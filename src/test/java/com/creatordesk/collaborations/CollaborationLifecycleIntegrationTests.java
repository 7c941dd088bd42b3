package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.activities;
import static com.creatordesk.collaborations.TestCollaborations.collaboration;
import static com.creatordesk.collaborations.TestCollaborations.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.collaborations.events.CollaborationStatusChanged;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Status changes on the details page: skip, revert, cancel with a reason, restore; each in the history and announced. */
@IntegrationTest
@RecordApplicationEvents
class CollaborationLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    SignedIn owner;
    UUID id;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Lifecycle Brand");
        id = collaboration(mvc, owner, "Mia Chen", "status", "PENDING");
        mvc.perform(owner.as(get("/collaborations/" + id)));
    }

    ResultActions change(String... fieldsAndValues) throws Exception {
        var request = post("/collaborations/" + id + "/status").with(csrf());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return mvc.perform(owner.as(request));
    }

    @Test
    void skippingFromPendingToFulfillingIsRecordedAndAnnounced() throws Exception {
        change("status", "FULFILLING").andExpect(redirectedUrl("/collaborations/" + id));

        assertThat(statusOf(jdbc, id)).isEqualTo("FULFILLING");
        mvc.perform(owner.as(get("/collaborations/" + id)))
                .andExpect(content().string(allOf(containsString("Status changed to Fulfilling."),
                        containsString("<strong>Status changed</strong>"), containsString("Pending → Fulfilling"))));
        assertThat(events.stream(CollaborationStatusChanged.class))
                .anySatisfy(event -> {
                    assertThat(event.collaboration().value()).isEqualTo(id);
                    assertThat(event.from()).isEqualTo(CollaborationStatus.PENDING);
                    assertThat(event.to()).isEqualTo(CollaborationStatus.FULFILLING);
                    assertThat(event.actor()).isEqualTo("Olivia Owner");
                });
    }

    @Test
    void cancellingNeedsAReasonAndOtherNeedsItsText() throws Exception {
        int before = activities(jdbc, id);
        change("status", "CANCELLED", "reason", "").andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose why the collaboration is cancelled.")));
        change("status", "CANCELLED", "reason", "OTHER", "reasonNote", " ").andExpect(status().is(422))
                .andExpect(content().string(containsString("Describe the reason for cancelling.")));
        assertThat(statusOf(jdbc, id)).isEqualTo("PENDING");
        assertThat(activities(jdbc, id)).isEqualTo(before);

        change("status", "CANCELLED", "reason", "OTHER", "reasonNote", "Brand merger").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select status, cancellation_reason, cancellation_note from collaborations where id = ?", id))
                .containsEntry("status", "CANCELLED").containsEntry("cancellation_reason", "OTHER")
                .containsEntry("cancellation_note", "Brand merger");
        mvc.perform(owner.as(get("/collaborations/" + id)))
                .andExpect(content().string(allOf(containsString("Collaboration cancelled."),
                        containsString("Reason: Brand merger"), containsString("Restore to"))));
    }

    @Test
    void aCancelledCollaborationIsRestoredToAnyStatusAndTheCancellationStaysInTheHistory() throws Exception {
        change("status", "CANCELLED", "reason", "BUDGET_CUT").andExpect(status().is3xxRedirection());
        mvc.perform(owner.as(get("/collaborations/" + id)));
        change("status", "COMPLETED").andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForMap("select status, cancellation_reason from collaborations where id = ?", id))
                .containsEntry("status", "COMPLETED").containsEntry("cancellation_reason", null);
        assertThat(jdbc.queryForList("select from_status || '>' || to_status || ':' || coalesce(reason, '') from collaboration_activities "
                + "where collaboration_id = ? and kind = 'STATUS_CHANGED' order by seq", String.class, id))
                .containsExactly("PENDING>CANCELLED:BUDGET_CUT", "CANCELLED>COMPLETED:");
        mvc.perform(owner.as(get("/collaborations/" + id)))
                .andExpect(content().string(allOf(containsString("Collaboration restored to Completed."),
                        containsString("Reason: Budget cut"), containsString("Cancelled → Completed"))));

        change("status", "FULFILLING").andExpect(status().is3xxRedirection());
        assertThat(statusOf(jdbc, id)).isEqualTo("FULFILLING");
    }

    @Test
    void theStatusItAlreadyHasOrAnUnknownOneIsRefused() throws Exception {
        change("status", "PENDING").andExpect(status().is(422)).andExpect(content().string(containsString("Already Pending.")));
        change("status", "ARCHIVED").andExpect(status().is(422)).andExpect(content().string(containsString("Choose a status.")));
        assertThat(statusOf(jdbc, id)).isEqualTo("PENDING");
    }
}
