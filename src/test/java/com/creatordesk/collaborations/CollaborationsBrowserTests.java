package com.creatordesk.collaborations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A collaboration from a campaign's Collaborations tab to Completed: create it, skip ahead, cancel with a
 * reason, restore it, record a payment and content (no page reload), then complete three at once from the
 * campaign's tab, and find one on the Collaborations page by its creator.
 */
class CollaborationsBrowserTests extends BrowserTestSupport {

    @Test
    void createFromACampaignMoveCancelRestoreRecordAndBatchComplete() {
        Page page = browser.newPage();
        Browser.signUp(page, "Northwind Trails", "Dana Whitfield", TestAccounts.uniqueEmail("dana"), TestAccounts.PASSWORD);
        newCampaign(page, "Spring Trail Launch");
        String campaignUrl = page.url();
        for (String[] creator : new String[][] {{"Maya Chen", "mayachen"}, {"Lukas Becker", "lukasbecker"}, {"Sofia Marino", "sofiamarino"}}) {
            newCreator(page, creator[0], creator[1]);
        }

        page.navigate(campaignUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collaborations").setExact(true)).last().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No collaborations yet"))).isVisible();
        page.locator("#collaborations-tab").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("New Collaboration"))
                .first().click();
        assertThat(page.getByLabel("Campaign")).hasValue(campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1));
        chooseCreator(page, "maya");
        page.getByLabel("Status").selectOption("PENDING");
        page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill("1500");
        page.getByLabel("Requirements").first().fill("Mention #springtrail");
        page.getByLabel("Post type").first().fill("Reel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();

        assertThat(page.getByText("Collaboration created.")).isVisible();
        assertThat(page.locator("h1")).containsText("Maya Chen");
        assertThat(page.locator("h1 .collaboration-status")).hasText("Pending");
        Browser.screenshot(page, "collaboration-created");

        page.getByLabel("Change status to").selectOption("FULFILLING");
        assertThat(page.getByLabel("Reason for cancelling")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status")).click();
        assertThat(page.getByText("Status changed to Fulfilling.")).isVisible();
        assertThat(page.locator("#timeline")).containsText("Pending → Fulfilling");

        page.getByLabel("Change status to").selectOption("CANCELLED");
        page.getByLabel("Reason for cancelling").selectOption("BUDGET_CUT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status")).click();
        assertThat(page.getByText("Collaboration cancelled.")).isVisible();
        assertThat(page.locator("h1 .collaboration-status")).hasText("Cancelled");
        assertThat(page.locator("#status")).containsText("Reason: Budget cut");

        page.getByLabel("Restore to").selectOption("NEGOTIATING");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore")).click();
        assertThat(page.getByText("Collaboration restored to Negotiating.")).isVisible();
        assertThat(page.locator("#timeline")).containsText("Cancelled → Negotiating");
        assertThat(page.locator("#timeline")).containsText("Reason: Budget cut");

        page.evaluate("window.notReloaded = true");
        Locator payments = page.locator("#payments");
        payments.getByLabel("Amount").fill("750");
        payments.getByLabel("Method").fill("Bank transfer");
        payments.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record payment")).click();
        assertThat(page.locator("#timeline li").first()).containsText("Payment made");
        assertThat(page.locator("#payments")).containsText("$750.00");
        assertThat(page.locator("#payments").getByLabel("Amount")).hasValue("");

        Locator content = page.locator("#deliveries");
        content.getByLabel("Link to the post").fill("https://www.instagram.com/p/trail-reel");
        content.getByLabel("Platform").selectOption("INSTAGRAM");
        content.getByLabel("Post type").fill("Reel");
        content.getByLabel("Views").fill("12400");
        content.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record content")).click();
        assertThat(page.locator("#timeline li").first()).containsText("Content delivered");
        assertThat(page.locator("#deliveries")).containsText("12,400");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
        Browser.screenshot(page, "collaboration-details");

        for (String creator : new String[] {"lukas", "sofia"}) {
            page.navigate("/collaborations/new");
            page.getByLabel("Campaign").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Spring Trail Launch"));
            chooseCreator(page, creator);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();
            assertThat(page.getByText("Collaboration created.")).isVisible();
        }

        page.navigate(campaignUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collaborations").setExact(true)).last().click();
        Locator tab = page.locator("#collaborations-tab");
        Locator rows = tab.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Collaborations")).locator("tbody tr");
        assertThat(rows).hasCount(3);
        tab.getByLabel("Search by creator name or handle").fill("lukas");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Lukas Becker");
        tab.getByLabel("Search by creator name or handle").fill("");
        assertThat(rows).hasCount(3);
        Locator toolbar = tab.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Batch actions"));
        assertThat(toolbar).isHidden();
        tab.getByLabel("Select all collaborations on this page").check();
        assertThat(toolbar).isVisible();
        toolbar.getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)).selectOption("COMPLETED");
        toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change status")).click();
        assertThat(tab.getByText("3 collaborations changed to Completed.")).isVisible();
        assertThat(rows.locator(".collaboration-status")).hasText(new String[] {"Completed", "Completed", "Completed"});
        org.assertj.core.api.Assertions.assertThat(page.url()).as("the tab leaves the address bar alone")
                .isEqualTo(campaignUrl + "/collaborations");
        Browser.screenshot(page, "collaborations-batch-completed");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Collaborations")).click();
        rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Collaborations")).locator("tbody tr");
        assertThat(rows).hasCount(3);
        page.getByLabel("Find a creator to filter by").fill("sofia");
        assertThat(page.locator("#filter-creator option").first()).containsText("Sofia Marino");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Sofia Marino");
    }

    private static void newCampaign(Page page, String name) {
        page.navigate("/campaigns/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();
        assertThat(page.getByText("Campaign created.")).isVisible();
    }

    private static void newCreator(Page page, String name, String handle) {
        page.navigate("/creators/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Handle", new Page.GetByLabelOptions().setExact(true)).first().fill(handle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add creator")).click();
        assertThat(page.locator("h1")).containsText(name);
    }

    /** Types into Find a creator; the creators module's picker fills the Creator list and its first match is chosen. */
    private static void chooseCreator(Page page, String search) {
        page.waitForLoadState(LoadState.LOAD);
        page.getByLabel("Find a creator").fill(search);
        assertThat(page.getByLabel("Creator", new Page.GetByLabelOptions().setExact(true)).locator("option").first())
                .containsText(Pattern.compile(search, Pattern.CASE_INSENSITIVE));
    }
}
