package com.creatordesk.campaigns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CampaignsBrowserTests extends BrowserTestSupport {

    @Test
    void createFixAnErrorFindOpenSwitchTabsAndCancelACampaign() {
        Page page = browser.newPage();
        Browser.signUp(page, "Brightside Swim", "Rosa Kim", TestAccounts.uniqueEmail("rosa"), TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No campaigns yet"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New campaign").setExact(true)).first().click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Summer Splash 2026");
        page.getByLabel("Description").fill("Swimwear launch with lifestyle creators.");
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByLabel("Start date").fill("2026-06-01");
        page.getByLabel("End date").fill("2026-05-01");
        page.getByLabel("Budget").fill("12,500");
        page.getByLabel("Currency").fill("eur");
        page.getByLabel("Attribution keywords and hashtags").fill("#SummerSplash, brightside");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();

        assertThat(page.getByText("The end date can't be before the start date.")).isVisible();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Summer Splash 2026");
        assertThat(page.getByLabel("Budget")).hasValue("12,500");
        Browser.screenshot(page, "campaign-form-error");
        page.getByLabel("End date").fill("2026-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();

        assertThat(page.getByText("Campaign created.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Summer Splash 2026");
        assertThat(page.locator(".chip")).hasText(new String[] {"#summersplash", "brightside"});
        assertThat(page.getByText("€12,500.00").first()).isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Campaigns")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New campaign").setExact(true)).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Winter Warmers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();
        assertThat(page.getByText("Campaign created.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Campaigns").setExact(true)).first().click();

        Locator rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Campaigns")).locator("tbody tr");
        assertThat(rows).hasCount(2);
        Browser.screenshot(page, "campaigns-list");
        page.getByLabel("Search campaigns by name").fill("splash");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Summer Splash 2026");
        assertThat(page).hasURL(Pattern.compile("q=splash"));
        page.getByLabel("Search campaigns by name").fill("nothing like this");
        assertThat(page.getByText("No campaigns match")).isVisible();
        page.getByLabel("Search campaigns by name").fill("SPLASH");
        assertThat(rows).hasCount(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Summer Splash 2026")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Details"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outreach").setExact(true)).last().click();
        assertThat(page.getByText("Outreach sent for this campaign will appear here.")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/outreach$"));
        Browser.screenshot(page, "campaign-outreach-tab");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collaborations").setExact(true)).last().click();
        assertThat(page.getByText("Collaborations for this campaign will appear here.")).isVisible();
        assertThat(page.locator(".tabs a[aria-current=page]")).hasText("Collaborations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Attribution keywords"))).isVisible();

        // Once the collaborations module answers its tab URL, its content replaces the empty state.
        page.route("**/collaborations/campaigns/*/tab", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html").setBody("<p>2 collaborations from the collaborations module</p>")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collaborations").setExact(true)).last().click();
        assertThat(page.getByText("2 collaborations from the collaborations module")).isVisible();
        assertThat(page.getByText("Collaborations for this campaign will appear here.")).hasCount(0);
        page.unrouteAll();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview")).click();

        page.onceDialog(dialog -> {
            org.assertj.core.api.Assertions.assertThat(dialog.message()).contains("Summer Splash 2026");
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel campaign")).click();
        assertThat(page.getByText("Campaign cancelled.")).isVisible();
        assertThat(page.locator("h1 .campaign-status")).hasText("Cancelled");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel campaign"))).hasCount(0);
        Browser.screenshot(page, "campaign-cancelled");

        // Another organization's campaign, or none: the not-found page, styled by the same versioned stylesheet.
        page.navigate(page.url().replaceAll("/campaigns/[0-9a-f-]{36}.*", "/campaigns/" + java.util.UUID.randomUUID()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.locator("link[rel=stylesheet]").first()).hasAttribute("href", Pattern.compile("/assets/css/app-[0-9a-f]{32}\\.css"));
    }
}
