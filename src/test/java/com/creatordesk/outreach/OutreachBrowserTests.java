package com.creatordesk.outreach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTest;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class OutreachBrowserTests {

    static Browser browser;

    @BeforeAll
    static void launch(@LocalServerPort int port) {
        browser = Browser.launch(port);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTemplateBulkSentToThreeCreatorsReachesTheTwoWithAnEmailInTheSandbox() {
        Page page = browser.newPage();
        page.onDialog(dialog -> dialog.accept());
        Browser.signUp(page, "Northwind Trails", "Dana Whitfield", TestAccounts.uniqueEmail("dana"), TestAccounts.PASSWORD);
        String suffix = Long.toString(System.nanoTime(), 36);
        campaign(page, "Spring Trail Launch");
        String maya = "maya." + suffix + "@creator.test";
        String tom = "tom." + suffix + "@creator.test";
        creator(page, "Maya Chen", "mayachen" + suffix, maya);
        creator(page, "Tom Hughes", "tomhughes" + suffix, tom);
        creator(page, "Noel Quiet", "noelquiet" + suffix, null);

        page.navigate("/outreach");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No templates yet"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New template").setExact(true)).first().click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("First contact");
        page.getByLabel("Subject").fill("{{campaign_name}} × {{first_name}}?");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("Hi {{first_name}},\n\nwe love {{handle}}.\n\n{{sender_name}}");
        page.getByLabel("Creator", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Maya Chen (mayachen" + suffix + ")"));
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel("Spring Trail Launch"));
        assertThat(page.locator("#preview")).containsText("Spring Trail Launch × Maya?");
        assertThat(page.locator("#preview")).containsText("we love @mayachen" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create template")).click();
        assertThat(page.getByText("Template created.")).isVisible();
        Browser.screenshot(page, "outreach-template");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bulk send")).click();
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel("Spring Trail Launch"));
        page.getByLabel("Template").selectOption(new SelectOption().setLabel("First contact"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: recipients")).click();
        page.getByLabel("Selected creators").check();
        page.getByLabel("Creators (hold Ctrl or ⌘ to choose several)").selectOption(new SelectOption[] {
                new SelectOption().setLabel("Maya Chen — " + maya), new SelectOption().setLabel("Tom Hughes — " + tom),
                new SelectOption().setLabel("Noel Quiet — no email")});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: check recipients")).click();

        Locator recipients = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recipients"));
        assertThat(recipients.locator("tbody tr")).hasCount(3);
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Noel Quiet")))
                .containsText("Invalid");
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Noel Quiet")))
                .containsText("No email address.");
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Maya Chen"))).containsText("Resolved");
        Browser.screenshot(page, "outreach-preflight");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to 2 creators")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Done"))).isVisible();
        assertThat(page.locator("#progress progress")).hasAttribute("value", "2");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Emails by status")))
                .containsText("Sent 2");
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Maya Chen"))).containsText("Sent");
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Tom Hughes"))).containsText("Sent");
        assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText("Noel Quiet"))).containsText("Not sent");
        Browser.screenshot(page, "outreach-bulk-done");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sandbox")).click();
        Locator addresses = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sandbox addresses"));
        assertThat(addresses.locator("tbody tr")).hasCount(2);
        assertThat(addresses.locator("tr", new Locator.LocatorOptions().setHasText(maya)))
                .containsText("Spring Trail Launch × Maya?");
        assertThat(addresses.locator("tr", new Locator.LocatorOptions().setHasText(tom)))
                .containsText("Spring Trail Launch × Tom?");
        assertThat(addresses).not().containsText("noel");
        Browser.screenshot(page, "outreach-sandbox");
    }

    private static void campaign(Page page, String name) {
        page.navigate("/campaigns/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();
        assertThat(page.getByText("Campaign created.")).isVisible();
    }

    private static void creator(Page page, String name, String handle, String email) {
        page.navigate("/creators/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("#handles0\\.handle").fill(handle);
        if (email != null) {
            page.getByLabel("Primary email").fill(email);
        }
        page.locator("form[action$='/creators'] button[type=submit]").last().click();
        assertThat(page.getByText(name + " was added to your Creator Pool.")).isVisible();
    }
}
