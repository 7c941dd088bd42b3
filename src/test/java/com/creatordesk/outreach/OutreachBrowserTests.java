package com.creatordesk.outreach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh organization on the sandbox: a template with its live preview, then a bulk send from the Creator
 * Pool's selection to four creators — three get the email, the one without an address shows Invalid — the
 * progress reaches Done, and the Sandbox shows the three messages.
 */
class OutreachBrowserTests extends BrowserTestSupport {

    @Test
    void aTemplateBulkSentFromTheCreatorPoolReachesTheThreeCreatorsWithAnEmailInTheSandbox() {
        Page page = browser.newPage();
        page.onDialog(dialog -> dialog.accept());
        Browser.signUp(page, "Northwind Trails", "Dana Whitfield", TestAccounts.uniqueEmail("dana"), TestAccounts.PASSWORD);
        String suffix = Long.toString(System.nanoTime(), 36);
        campaign(page, "Spring Trail Launch");
        List<String> names = List.of("Maya Chen", "Tom Hughes", "Aiko Tanaka");
        List<String> addresses = names.stream()
                .map(name -> name.split(" ")[0].toLowerCase() + "." + suffix + "@creator.test").toList();
        for (int i = 0; i < names.size(); i++) {
            creator(page, names.get(i), names.get(i).replace(" ", "").toLowerCase() + suffix, addresses.get(i));
        }
        creator(page, "Noel Quiet", "noelquiet" + suffix, null);

        page.navigate("/outreach");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No templates yet"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New template").setExact(true)).first().click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("First contact");
        page.getByLabel("Subject").fill("{{campaign_name}} × {{first_name}}?");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                .fill("Hi {{first_name}},\n\nwe love {{handle}}.\n\n{{sender_name}}");
        page.getByLabel("Creator", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Maya Chen (mayachen" + suffix + ")"));
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel("Spring Trail Launch"));
        Locator preview = page.locator("#preview");
        assertThat(preview).containsText("Spring Trail Launch × Maya?");
        assertThat(preview).containsText("we love @mayachen" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create template")).click();
        assertThat(page.getByText("Template created.")).isVisible();
        Browser.screenshot(page, "outreach-template");

        // the Creator Pool's selection goes to the Bulk Send wizard
        page.navigate("/creators");
        for (String name : List.of("Maya Chen", "Tom Hughes", "Aiko Tanaka", "Noel Quiet")) {
            page.getByLabel("Select " + name).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bulk send to selected")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New bulk send"))).isVisible();
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel("Spring Trail Launch"));
        page.getByLabel("Template").selectOption(new SelectOption().setLabel("First contact"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: recipients")).click();
        assertThat(page.getByLabel("Selected creators")).isChecked();
        assertThat(page.locator("#creatorIds option:checked")).hasCount(4);
        // by keyboard: the form submits with Enter from its focused button
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next: check recipients")).focus();
        page.keyboard().press("Enter");

        Locator recipients = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recipients"));
        assertThat(recipients.locator("tbody tr")).hasCount(4);
        Locator noel = recipients.locator("tr", new Locator.LocatorOptions().setHasText("Noel Quiet"));
        assertThat(noel).containsText("Invalid");
        assertThat(noel).containsText("No email address.");
        for (String name : names) {
            assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText(name))).containsText("Resolved");
        }
        assertThat(page.getByText("Sandbox — mail is not delivered to the internet.")).isVisible();
        Browser.screenshot(page, "outreach-preflight");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to 3 creators")).focus();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Done"))).isVisible();
        assertThat(page.locator("#progress progress")).hasAttribute("value", "3");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Emails by status")))
                .containsText("Sent 3");
        for (String name : names) {
            assertThat(recipients.locator("tr", new Locator.LocatorOptions().setHasText(name))).containsText("Sent");
        }
        assertThat(noel).containsText("Not sent");
        Browser.screenshot(page, "outreach-bulk-done");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Sandbox").setExact(true)).click();
        Locator sandbox = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sandbox addresses"));
        assertThat(sandbox.locator("tbody tr")).hasCount(3);
        for (int i = 0; i < names.size(); i++) {
            assertThat(sandbox.locator("tr", new Locator.LocatorOptions().setHasText(addresses.get(i))))
                    .containsText("Spring Trail Launch × " + names.get(i).split(" ")[0] + "?");
        }
        assertThat(sandbox).not().containsText("noel");
        Browser.screenshot(page, "outreach-sandbox");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(addresses.get(1))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spring Trail Launch × Tom?")).click();
        assertThat(page.getByText("we love @tomhughes" + suffix)).isVisible();
        assertThat(page.locator(".sandbox-message-body")).containsText("Unsubscribe: http");
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
