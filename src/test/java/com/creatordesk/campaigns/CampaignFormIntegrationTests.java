package com.creatordesk.campaigns;

import static com.creatordesk.campaigns.TestCampaigns.column;
import static com.creatordesk.campaigns.TestCampaigns.create;
import static com.creatordesk.campaigns.TestCampaigns.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/** New Campaign and Edit Campaign: every rule answers 422 with its message next to the field, keeps the input and saves nothing. */
@IntegrationTest
class CampaignFormIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn owner;

    @BeforeEach
    void signUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Form Brand");
    }

    @Test
    void theNewCampaignFormStartsAsADraftInUsd() throws Exception {
        mvc.perform(owner.as(get("/campaigns/new")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>New campaign</h1>")))
                .andExpect(content().string(not(containsString("role=\"alert\""))))
                .andExpect(content().string(containsString("value=\"USD\"")))
                .andExpect(content().string(containsString("<option value=\"DRAFT\" selected=\"selected\">Draft</option>")))
                .andExpect(content().string(containsString("<label for=\"keywords\">Attribution keywords and hashtags</label>")));
    }

    @Test
    void aCampaignIsCreatedWithEveryFieldNormalised() throws Exception {
        UUID id = create(mvc, owner, "  Summer Glow 2026 ", "description", "Sunscreen launch with beauty creators.",
                "status", "ACTIVE", "startDate", "2026-06-01", "endDate", "2026-08-31", "budget", "25,000.50",
                "currency", " eur ", "keywords", "#SummerGlow, northwind  #summerglow,,GlowUp");

        assertThat(jdbc.queryForMap("select name, description, status, start_date::text, end_date::text, budget_amount::text, "
                + "budget_currency, array_to_string(attribution_keywords, ' ') as keywords from campaigns where id = ?", id))
                .containsEntry("name", "Summer Glow 2026")
                .containsEntry("description", "Sunscreen launch with beauty creators.")
                .containsEntry("status", "ACTIVE")
                .containsEntry("start_date", "2026-06-01")
                .containsEntry("end_date", "2026-08-31")
                .containsEntry("budget_amount", "25000.50")
                .containsEntry("budget_currency", "EUR")
                .containsEntry("keywords", "#summerglow northwind glowup");
        mvc.perform(owner.as(get("/campaigns/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campaign created.")))
                .andExpect(content().string(containsString("€25,000.50")))
                .andExpect(content().string(containsString("1 Jun 2026 – 31 Aug 2026")))
                .andExpect(content().string(containsString("<li class=\"chip\">#summerglow</li>")))
                .andExpect(content().string(containsString("<li class=\"chip\">glowup</li>")));
    }

    @Test
    void theNameIsRequired() throws Exception {
        refused(form("/campaigns", "   ", "description", "Kept description"), "name", "Enter a name for the campaign.")
                .andExpect(content().string(containsString("Kept description")));
    }

    @Test
    void aNameAlreadyUsedInTheOrganizationIsRefusedIgnoringCase() throws Exception {
        create(mvc, owner, "Summer Launch");
        refused(form("/campaigns", "SUMMER launch", "budget", "100"), "name",
                "A campaign with this name already exists. Choose another name.")
                .andExpect(content().string(containsString("value=\"SUMMER launch\"")))
                .andExpect(content().string(containsString("value=\"100\"")));

        SignedIn otherBrand = TestAccounts.signUp(mvc, "Other Brand");
        create(mvc, otherBrand, "Summer Launch");
    }

    @Test
    void theEndDateCannotBeBeforeTheStartDate() throws Exception {
        refused(form("/campaigns", "Backwards", "startDate", "2026-05-10", "endDate", "2026-05-09"), "endDate",
                "The end date can't be before the start date.")
                .andExpect(content().string(containsString("value=\"2026-05-10\"")))
                .andExpect(content().string(containsString("value=\"2026-05-09\"")))
                .andExpect(content().string(containsString("value=\"Backwards\"")));
        create(mvc, owner, "Same Day", "startDate", "2026-05-10", "endDate", "2026-05-10");
    }

    @Test
    void theCurrencyMustBeAnIso4217Code() throws Exception {
        refused(form("/campaigns", "Bad Currency", "budget", "500", "currency", "XYZ"), "currency",
                "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.")
                .andExpect(content().string(containsString("value=\"XYZ\"")));
        refused(form("/campaigns", "Bad Currency", "currency", "Dollars"), "currency",
                "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.");
        UUID defaulted = create(mvc, owner, "No Currency Given", "budget", "10", "currency", "");
        assertThat(column(jdbc, "budget_currency", defaulted)).isEqualTo("USD");
    }

    @Test
    void theBudgetMustBeAnAmountOfAtLeastZeroWithAtMostTwoDecimals() throws Exception {
        refused(form("/campaigns", "Negative", "budget", "-5"), "budget", "The budget can't be negative.")
                .andExpect(content().string(containsString("value=\"-5\"")));
        refused(form("/campaigns", "Words", "budget", "lots"), "budget", "Enter an amount like 2500 or 2500.50.")
                .andExpect(content().string(containsString("value=\"lots\"")));
        refused(form("/campaigns", "Fractions", "budget", "10.125"), "budget", "Use at most two decimal places.");
        refused(form("/campaigns", "Huge", "budget", "1000000000000"), "budget", "That budget is too large.");
        UUID free = create(mvc, owner, "Gifted Only", "budget", "0");
        assertThat(column(jdbc, "budget_amount", free)).isEqualTo("0.00");
    }

    @Test
    void everyProblemIsShownAtOnce() throws Exception {
        mvc.perform(owner.as(form("/campaigns", "", "startDate", "2026-02-02", "endDate", "2026-01-01",
                        "budget", "-1", "currency", "ABC")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a name for the campaign.")))
                .andExpect(content().string(containsString(html("The end date can't be before the start date."))))
                .andExpect(content().string(containsString(html("The budget can't be negative."))))
                .andExpect(content().string(containsString("ISO 4217")));
        assertThat(campaignCount()).isZero();
    }

    @Test
    void editingShowsTheSavedValuesAndSavesChanges() throws Exception {
        UUID id = create(mvc, owner, "Autumn Edit", "budget", "1200", "currency", "GBP", "keywords", "#autumn fall");
        mvc.perform(owner.as(get("/campaigns/" + id + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Edit campaign</h1>")))
                .andExpect(content().string(containsString("value=\"Autumn Edit\"")))
                .andExpect(content().string(containsString("value=\"1200.00\"")))
                .andExpect(content().string(containsString("value=\"#autumn, fall\"")))
                .andExpect(content().string(not(containsString("name=\"status\""))));

        mvc.perform(owner.as(form("/campaigns/" + id + "/edit", "AUTUMN EDIT", "budget", "1500", "currency", "GBP",
                        "keywords", "#autumn")))
                .andExpect(redirectedUrl("/campaigns/" + id));
        assertThat(column(jdbc, "name", id)).isEqualTo("AUTUMN EDIT");
        assertThat(column(jdbc, "budget_amount", id)).isEqualTo("1500.00");
        assertThat(column(jdbc, "array_to_string(attribution_keywords, ',')", id)).isEqualTo("#autumn");
        assertThat(column(jdbc, "status", id)).isEqualTo("DRAFT");
    }

    @Test
    void editingIsRefusedByTheSameRulesAndChangesNothing() throws Exception {
        create(mvc, owner, "Taken Name");
        UUID id = create(mvc, owner, "Winter Edit", "startDate", "2026-01-01");
        String edit = "/campaigns/" + id + "/edit";
        refused(form(edit, "taken name"), "name", "A campaign with this name already exists. Choose another name.");
        refused(form(edit, "Winter Edit", "startDate", "2026-01-10", "endDate", "2026-01-09"), "endDate",
                "The end date can't be before the start date.");
        refused(form(edit, "Winter Edit", "currency", "EURO"), "currency",
                "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.");
        refused(form(edit, "Winter Edit", "budget", "-0.01"), "budget", "The budget can't be negative.")
                .andExpect(content().string(containsString("<h1>Edit campaign</h1>")));
        refused(form(edit, ""), "name", "Enter a name for the campaign.");
        assertThat(column(jdbc, "name", id)).isEqualTo("Winter Edit");
        assertThat(column(jdbc, "start_date", id)).isEqualTo("2026-01-01");
    }

    @Test
    void tooManyOrTooLongKeywordsAreRefused() throws Exception {
        refused(form("/campaigns", "Keywords", "keywords", "#" + "a".repeat(70)), "keywords",
                "Keep each keyword under 60 characters.");
        refused(form("/campaigns", "Keywords", "keywords", "k1 k2 k3 k4 k5 k6 k7 k8 k9 k10 k11 k12 k13 k14 k15 k16 "
                + "k17 k18 k19 k20 k21 k22 k23 k24 k25 k26 k27 k28 k29 k30 k31"), "keywords", "Use at most 30 keywords.");
    }

    @Test
    void aNewCampaignStartsAsDraftOrActiveOnly() throws Exception {
        refused(form("/campaigns", "Straight To Done", "status", "COMPLETED"), "status",
                "A new campaign starts as Draft or Active.");
    }

    @Test
    void whatWasTypedIsEscaped() throws Exception {
        mvc.perform(owner.as(form("/campaigns", "<script>alert(1)</script>", "budget", "-1")))
                .andExpect(status().is(422))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    /** Posts the form and expects 422 with the message next to the field, and no campaign saved. */
    private ResultActions refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String field, String message) throws Exception {
        long before = campaignCount();
        ResultActions result = mvc.perform(owner.as(request))
                .andExpect(status().is(422))
                .andExpect(content().string(nextTo(field, message)));
        assertThat(campaignCount()).isEqualTo(before);
        return result;
    }

    /** The message sits in the field's own hint, which the field's input points to with aria-describedby. */
    private static Matcher<String> nextTo(String field, String message) {
        return matchesPattern(Pattern.compile("(?s).*<p class=\"hint\" id=\"" + field + "-help\">\\s*<span class=\"error\">"
                + Pattern.quote(html(message)) + "</span>.*"));
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private long campaignCount() {
        return jdbc.queryForObject("select count(*) from campaigns c join members m on m.organization_id = c.organization_id "
                + "where m.email = ?", Long.class, owner.email());
    }
}
