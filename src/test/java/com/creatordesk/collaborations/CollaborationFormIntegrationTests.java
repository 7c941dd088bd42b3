package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** New Collaboration and Edit terms: defaults, every term saved, one per creator per campaign, refusals, history. */
@IntegrationTest
class CollaborationFormIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn owner;
    UUID campaign;
    UUID creator;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Form Brand");
        campaign = campaign(mvc, owner, "Spring Trail Launch");
        creator = creator(mvc, owner, "Jane Doe", "TIKTOK", "@janedoe");
    }

    @Test
    void theFormOffersOnlyActiveCampaignsAndStartsInNegotiatingWithUsdAndOnePost() throws Exception {
        mvc.perform(owner.as(post("/campaigns").with(csrf()).param("name", "Draft Only").param("status", "DRAFT")));

        mvc.perform(owner.as(get("/collaborations/new").param("campaign", campaign.toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>New Collaboration</h1>"),
                        containsString("<option value=\"" + campaign + "\" selected=\"selected\">Spring Trail Launch</option>"),
                        not(containsString("Draft Only")),
                        containsString("<option value=\"NEGOTIATING\" selected=\"selected\">Negotiating</option>"),
                        containsString("<option value=\"PENDING\">Pending</option>"),
                        containsString("value=\"USD\""),
                        containsString("name=\"postCount\" value=\"1\""),
                        containsString("hx-get=\"/creators/picker\""))));
    }

    @Test
    void aCollaborationIsCreatedWithEveryTerm() throws Exception {
        UUID id = create(mvc, owner, campaign, creator, "status", "PENDING", "cost", "1,500.50", "currency", "eur",
                "postCount", "3", "tags", "VIP, summer",
                "deliverables[0].quantity", "2", "deliverables[0].platform", "TIKTOK", "deliverables[0].postType", "video",
                "deliverables[0].requirements", "Mention #springtrail",
                "deliverables[1].quantity", "1", "deliverables[1].platform", "INSTAGRAM", "deliverables[1].postType", "Reel",
                "feeAmount", "1000", "feeCurrency", "EUR", "commissionPercent", "10", "productName", "Trail shoe",
                "productValue", "120", "productValueCurrency", "EUR", "draftDue", "2026-06-01", "publishBy", "2026-06-15",
                "milestones[0].label", "Kick-off call", "milestones[0].due", "2026-05-20",
                "exclusivity", "No other footwear brands for 30 days", "usageRights", "Paid ads for 90 days",
                "revisionPolicy", "One round", "otherTerms", "Raw footage on request");

        assertThat(jdbc.queryForMap("select status, cost_amount::text as cost, cost_currency, post_count, "
                + "array_to_string(tags, '|') as tags, creator_name, creator_handle from collaborations where id = ?", id))
                .containsEntry("status", "PENDING").containsEntry("cost", "1500.50").containsEntry("cost_currency", "EUR")
                .containsEntry("post_count", 3).containsEntry("tags", "VIP|summer").containsEntry("creator_name", "Jane Doe")
                .containsEntry("creator_handle", "@janedoe · TikTok");
        mvc.perform(owner.as(get("/collaborations/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Collaboration created."),
                        containsString("€1,500.50"),
                        containsString("2 × TikTok video (Mention #springtrail)"),
                        containsString("1 × Instagram Reel"),
                        containsString("Fixed fee €1,000.00"),
                        containsString("Commission 10%"),
                        containsString("Product exchange: Trail shoe (value €120.00)"),
                        containsString("Draft due 1 Jun 2026"),
                        containsString("Publish by 15 Jun 2026"),
                        containsString("Kick-off call 20 May 2026"),
                        containsString("Exclusivity: No other footwear brands for 30 days"),
                        containsString("Raw footage on request"),
                        containsString("<strong>Created</strong>"),
                        containsString("in Pending"),
                        containsString("Olivia Owner"),
                        containsString("janedoe@example.com"),
                        not(containsString("Email thread")))));
    }

    @Test
    void aSecondCollaborationForTheSameCreatorAndCampaignIsRefusedNamingAndLinkingTheFirst() throws Exception {
        UUID first = create(mvc, owner, campaign, creator);

        mvc.perform(owner.as(form(campaign, creator, "cost", "900")))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/collaborations/" + first + "\">Jane Doe already has a collaboration in this campaign</a>"),
                        containsString("This creator already has a collaboration in this campaign."),
                        containsString("value=\"900\""))));
        assertThat(jdbc.queryForObject("select count(*) from collaborations where campaign_id = ?", Integer.class, campaign)).isEqualTo(1);

        UUID otherCampaign = campaign(mvc, owner, "Summer Hiking");
        create(mvc, owner, otherCampaign, creator);
    }

    @Test
    void aCampaignThatIsNotActiveOrNotOursAndACreatorNotInThePoolAreRefused() throws Exception {
        UUID draft = TestCollaborationsCampaigns.draft(mvc, owner, "Not yet");
        mvc.perform(owner.as(form(draft, creator)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose one of your active campaigns.")));

        SignedIn other = TestAccounts.signUp(mvc, "Other Brand");
        UUID foreignCampaign = campaign(mvc, other, "Their Campaign");
        UUID foreignCreator = creator(mvc, other, "Their Creator", "INSTAGRAM", "@theirs");
        mvc.perform(owner.as(form(foreignCampaign, creator)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose one of your active campaigns.")));
        mvc.perform(owner.as(form(campaign, foreignCreator)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose a creator from your Creator Pool.")));
        mvc.perform(owner.as(post("/collaborations").with(csrf()).param("campaign", campaign.toString())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose a creator from your Creator Pool.")));
        assertThat(jdbc.queryForObject("select count(*) from collaborations where creator_id in (?, ?)", Integer.class,
                creator, foreignCreator)).isZero();
    }

    @Test
    void badTermsAreShownNextToTheirFieldsWithWhatWasTyped() throws Exception {
        mvc.perform(owner.as(form(campaign, creator, "cost", "-5", "currency", "XYZ", "postCount", "many",
                        "publishBy", "2026-05-01", "draftDue", "2026-06-01", "deliverables[0].postType", "",
                        "deliverables[0].platform", "TIKTOK",
                        "deliverables[0].quantity", "3", "commissionPercent", "150")))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(
                        containsString("The cost can&#39;t be negative."),
                        containsString("Enter a three-letter ISO 4217 currency code"),
                        containsString("Enter a whole number, like 12500."),
                        containsString("The publish date can&#39;t be before the draft is due."),
                        containsString("Enter the post type of each deliverable"),
                        containsString("Enter a commission from 0 to 100 percent"),
                        containsString("value=\"-5\""),
                        containsString("value=\"many\""))));
        assertThat(jdbc.queryForObject("select count(*) from collaborations where creator_id = ?", Integer.class, creator)).isZero();
    }

    @Test
    void addDeliverableAddsALineAndSavesNothing() throws Exception {
        mvc.perform(owner.as(form(campaign, creator, "addLine", "deliverable", "deliverables[0].postType", "Reel")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Reel\""),
                        containsString("name=\"deliverables[1].postType\""))));
        assertThat(jdbc.queryForObject("select count(*) from collaborations where creator_id = ?", Integer.class, creator)).isZero();
    }

    @Test
    void editingTermsRecordsEachChangeBeforeAndAfter() throws Exception {
        UUID id = create(mvc, owner, campaign, creator, "cost", "1000", "tags", "VIP");
        mvc.perform(owner.as(get("/collaborations/" + id))).andExpect(content().string(containsString("Collaboration created.")));

        mvc.perform(owner.as(get("/collaborations/" + id + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Edit terms</h1>"), containsString("value=\"1000\""))));
        mvc.perform(owner.as(post("/collaborations/" + id + "/edit").with(csrf())
                        .param("cost", "1250").param("currency", "USD").param("postCount", "2").param("tags", "VIP, Q3")
                        .param("usageRights", "Organic only")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select subject || ': ' || before_value || ' → ' || after_value from collaboration_activities "
                + "where collaboration_id = ? and kind = 'TERMS_CHANGED' order by seq", String.class, id))
                .containsExactly("Cost: $1,000.00 → $1,250.00", "Post count: 1 → 2", "Tags: VIP → VIP, Q3",
                        "Usage rights: — → Organic only");
        mvc.perform(owner.as(get("/collaborations/" + id)))
                .andExpect(content().string(allOf(containsString("Terms saved."),
                        containsString("Cost: $1,000.00 → $1,250.00"), containsString("Usage rights: — → Organic only"))));

        mvc.perform(owner.as(post("/collaborations/" + id + "/edit").with(csrf())
                        .param("cost", "oops").param("postCount", "2")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter an amount like 2500 or 2500.50.")));
        assertThat(jdbc.queryForObject("select cost_amount::text from collaborations where id = ?", String.class, id)).isEqualTo("1250.00");
    }
}
