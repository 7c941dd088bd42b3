package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every screen of the module, as a keyboard and screen-reader user meets it: every field has a label that
 * points at it (ids unique on the page, so a label never names another field), nothing is taken out of the
 * natural tab order or made clickable without being a link or a button, and empty screens say what will
 * appear there.
 */
@IntegrationTest
class CollaborationScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    SignedIn owner;
    UUID campaign;
    UUID creator;
    UUID collaboration;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Screens Brand");
        campaign = campaign(mvc, owner, "Spring Trail Launch");
        creator = creator(mvc, owner, "Jane Doe", "TIKTOK", "@janescreens");
        collaboration = create(mvc, owner, campaign, creator, "cost", "900");
    }

    @Test
    void everyFieldOnEveryScreenHasItsOwnLabelAndNothingLeavesTheTabOrder() throws Exception {
        mvc.perform(owner.as(post("/collaborations/" + collaboration + "/shipments").with(csrf())
                .param("carrier", "DHL").param("trackingNumber", "JD00001234")));
        for (String url : List.of("/collaborations", "/collaborations/new", "/collaborations/new?campaign=" + campaign,
                "/collaborations/" + collaboration, "/collaborations/" + collaboration + "/edit",
                "/collaborations/campaigns/" + campaign + "/tab", "/collaborations/creators/" + creator + "/tab")) {
            Document page = Jsoup.parse(mvc.perform(owner.as(get(url))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            Set<String> ids = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertThat(ids.add(element.id())).as(url + ": id \"" + element.id() + "\" is used once").isTrue();
            }
            for (Element field : page.select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea")) {
                assertThat(labelled(page, field)).as(url + ": a label for " + field.outerHtml()).isTrue();
            }
            for (Element label : page.select("label[for]")) {
                assertThat(page.getElementById(label.attr("for"))).as(url + ": the field of label " + label.text()).isNotNull();
            }
            assertThat(page.select("[tabindex]").stream().filter(element -> Integer.parseInt(element.attr("tabindex")) > 0))
                    .as(url + ": no positive tabindex").isEmpty();
            assertThat(page.select("[onclick]")).as(url + ": no click handlers on elements that are not links or buttons").isEmpty();
        }
    }

    @Test
    void emptyScreensSayWhatWillAppearThere() throws Exception {
        String details = mvc.perform(owner.as(get("/collaborations/" + collaboration))).andReturn().getResponse().getContentAsString();
        assertThat(details).contains("No payments recorded yet.", "No content delivered yet.", "No shipments yet.");

        SignedIn fresh = TestAccounts.signUp(mvc, "Empty Screens Brand");
        assertThat(mvc.perform(fresh.as(get("/collaborations"))).andReturn().getResponse().getContentAsString())
                .contains("No collaborations yet", "Collaborations across all your campaigns will appear here");
        UUID empty = campaign(mvc, fresh, "Nothing Yet");
        assertThat(mvc.perform(fresh.as(get("/collaborations/campaigns/" + empty + "/tab"))).andReturn().getResponse().getContentAsString())
                .contains("No collaborations yet", "Collaborations for this campaign will appear here.");
        UUID lonely = creator(mvc, fresh, "Lonely Creator", "INSTAGRAM", "@lonely");
        assertThat(mvc.perform(fresh.as(get("/collaborations/creators/" + lonely + "/tab"))).andReturn().getResponse().getContentAsString())
                .contains("No collaborations yet", "Collaborations with this creator will appear here");
        assertThat(mvc.perform(fresh.as(get("/collaborations?q=nobody"))).andReturn().getResponse().getContentAsString())
                .contains("No collaborations match");
    }

    /** A label pointing at it, a label around it, or an accessible name of its own. */
    private static boolean labelled(Document page, Element field) {
        boolean pointedAt = !field.id().isEmpty() && page.select("label[for]").stream().anyMatch(label -> label.attr("for").equals(field.id()));
        return pointedAt || field.closest("label") != null || !field.attr("aria-label").isBlank()
                || !field.attr("aria-labelledby").isBlank();
    }
}
