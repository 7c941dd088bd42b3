package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.collaboration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Payments, content, notes and shipments: with htmx the answer is the card plus the activity history out of
 * band (the entry appears without a reload); refused input is 422 with the form as typed and saves nothing.
 */
@IntegrationTest
class CollaborationRecordsIntegrationTests {

    static final Matcher<String> HISTORY_OUT_OF_BAND = containsString("id=\"timeline\" aria-label=\"Activity history\" hx-swap-oob=\"true\"");
    static final Matcher<String> FRAGMENT = not(containsString("<html"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn owner;
    UUID id;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Records Brand");
        id = collaboration(mvc, owner, "Leo Park");
    }

    ResultActions htmx(String path, String... fieldsAndValues) throws Exception {
        var request = post("/collaborations/" + id + path).with(csrf()).header("HX-Request", "true");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return mvc.perform(owner.as(request));
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where collaboration_id = ?", Integer.class, id);
    }

    @Test
    void aPaymentIsRecordedAndAppearsInTheHistoryWithoutAReload() throws Exception {
        htmx("/payments", "amount", "1,250.50", "currency", "EUR", "paidOn", "2026-05-02", "method", "Bank transfer", "note", "Deposit")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT, HISTORY_OUT_OF_BAND,
                        containsString("<div class=\"card\" id=\"payments\">"),
                        containsString("<td class=\"num\">€1,250.50</td>"),
                        containsString("<strong>Payment made</strong>"),
                        containsString("Bank transfer on 2 May 2026 · Deposit"),
                        containsString("Olivia Owner"))));
        assertThat(jdbc.queryForMap("select amount::text as amount, currency, paid_on::text as paid_on, method from collaboration_payments "
                + "where collaboration_id = ?", id)).containsEntry("amount", "1250.50").containsEntry("currency", "EUR")
                .containsEntry("paid_on", "2026-05-02").containsEntry("method", "Bank transfer");
    }

    @Test
    void aRefusedPaymentComesBackAsTypedWithItsMessagesAndSavesNothing() throws Exception {
        int entries = TestCollaborations.activities(jdbc, id);
        htmx("/payments", "amount", "0", "currency", "EUR", "paidOn", "soon", "method", "")
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(FRAGMENT, not(HISTORY_OUT_OF_BAND),
                        containsString("Enter an amount above zero."),
                        containsString("Enter a date like 2026-06-30."),
                        containsString("Enter how it was paid, for example Bank transfer."),
                        containsString("value=\"soon\""))));
        assertThat(count("collaboration_payments")).isZero();
        assertThat(TestCollaborations.activities(jdbc, id)).isEqualTo(entries);
    }

    @Test
    void deliveredContentIsRecordedWithItsFiguresAndOnlyWebLinksAreAccepted() throws Exception {
        htmx("/content", "url", "https://www.tiktok.com/@leopark/video/1", "platform", "TIKTOK", "postType", "video",
                "postedOn", "2026-05-03", "views", "12,000", "likes", "800", "comments", "")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT, HISTORY_OUT_OF_BAND,
                        containsString("<strong>Content delivered</strong>"),
                        containsString("TikTok video posted 3 May 2026"),
                        containsString("<td class=\"num\">12,000</td>"))));
        assertThat(jdbc.queryForMap("select views, likes, comments from collaboration_content where collaboration_id = ?", id))
                .containsEntry("views", 12000L).containsEntry("likes", 800L).containsEntry("comments", null);

        htmx("/content", "url", "javascript:alert(1)", "platform", "TIKTOK", "postType", "video", "postedOn", "2026-05-03")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a web address starting with https:// or http://.")));
        assertThat(count("collaboration_content")).isEqualTo(1);
    }

    @Test
    void aNoteIsAddedToTheHistory() throws Exception {
        htmx("/notes", "note", "Sent the brief <b>today</b>.")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT,
                        containsString("<div class=\"card\" id=\"activity\">"),
                        containsString("<strong>Note added</strong>"),
                        containsString("Sent the brief &lt;b&gt;today&lt;/b&gt;."))));
        htmx("/notes", "note", "   ").andExpect(status().is(422)).andExpect(content().string(containsString("Write the note first.")));
    }

    @Test
    void shipmentsAreAddedAndTheirStatusUpdatedByHandWithHistory() throws Exception {
        htmx("/shipments", "carrier", "DHL", "trackingNumber", "jd 0146 0000 1234")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT, HISTORY_OUT_OF_BAND,
                        containsString("<strong>DHL JD014600001234</strong>"), containsString("<strong>Shipment added</strong>"))));
        htmx("/shipments", "carrier", "DHL", "trackingNumber", "JD014600001234")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("This tracking number is already on the collaboration.")));
        UUID shipment = jdbc.queryForObject("select id from collaboration_shipments where collaboration_id = ?", UUID.class, id);

        htmx("/shipments/" + shipment + "/status", "status", "IN_TRANSIT", "description", "Left the depot")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(HISTORY_OUT_OF_BAND,
                        containsString("<strong>Delivery status changed</strong>"),
                        containsString("DHL JD014600001234: Pending → In Transit"),
                        containsString("· Left the depot"))));
        htmx("/shipments/" + shipment + "/status", "status", "IN_TRANSIT")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("The shipment is already In Transit.")));
        assertThat(jdbc.queryForList("select status from collaboration_shipment_events where shipment_id = ? order by seq",
                String.class, shipment)).containsExactly("PENDING", "IN_TRANSIT");
    }

    @Test
    void aShipmentWithTheLongestCarrierAndNumberFitsItsHistory() throws Exception {
        String carrier = "C".repeat(60);
        String number = "N".repeat(60);
        htmx("/shipments", "carrier", carrier, "trackingNumber", number)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(HISTORY_OUT_OF_BAND, containsString("<strong>" + carrier + " " + number + "</strong>"))));
        UUID shipment = jdbc.queryForObject("select id from collaboration_shipments where collaboration_id = ?", UUID.class, id);
        htmx("/shipments/" + shipment + "/status", "status", "EXCEPTION", "description", "Returned to sender").andExpect(status().isOk());
        assertThat(jdbc.queryForList("select kind || ': ' || subject from collaboration_activities where collaboration_id = ? "
                + "and subject like 'CCC%' order by seq", String.class, id))
                .containsExactly("SHIPMENT_ADDED: " + carrier + " " + number, "DELIVERY_STATUS_CHANGED: " + carrier + " " + number);
    }

    @Test
    void withoutHtmxTheDetailsPageIsShownAgain() throws Exception {
        mvc.perform(owner.as(post("/collaborations/" + id + "/notes").with(csrf()).param("note", "Plain form")))
                .andExpect(redirectedUrl("/collaborations/" + id));
        mvc.perform(owner.as(post("/collaborations/" + id + "/notes").with(csrf()).param("note", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("<html"), containsString("Write the note first."))));
    }
}
