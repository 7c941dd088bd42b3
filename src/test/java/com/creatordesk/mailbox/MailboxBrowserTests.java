package com.creatordesk.mailbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class MailboxBrowserTests extends BrowserTestSupport {

    @Test
    void aFreshOrganizationWorksThroughTheSandbox() {
        Page page = browser.newPage();
        Browser.signUp(page, "Lumen Skincare", "Maya Lopez", TestAccounts.uniqueEmail("owner"), TestAccounts.PASSWORD);

        navigate(page, "Mailbox");
        assertThat(page.getByText("Sandbox — mail is not delivered to the internet.")).isVisible();
        page.getByLabel("IMAP host").fill("no-such-host.invalid");
        page.getByLabel("SMTP host").fill("no-such-host.invalid");
        page.getByLabel("Sender name").fill("Lumen Partnerships");
        page.getByLabel("Sender address").fill("partners@lumen.test");
        page.getByLabel("User name").fill("partners@lumen.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Test connection")).click();
        assertThat(page.getByText("Enter the mailbox password.")).isVisible();
        assertThat(page.getByLabel("Sender name")).hasValue("Lumen Partnerships");
        page.getByLabel("Password").fill("app-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Test connection")).click();
        Locator results = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Test connection results"));
        // Test connection looks both hosts up for real; on a loaded machine it has taken longer than the default 5 s
        LocatorAssertions.ContainsTextOptions lookup = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
        assertThat(results).containsText("IMAP: unknown host \"no-such-host.invalid\"", lookup);
        assertThat(results).containsText("SMTP: unknown host \"no-such-host.invalid\"", lookup);
        Browser.screenshot(page, "mailbox-settings");

        navigate(page, "Sandbox");
        assertThat(page.getByText("Sandbox — mail is not delivered to the internet.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No sandbox mail yet"))).isVisible();

        String creator = TestAccounts.uniqueEmail("leo");
        page.getByLabel("From").fill(creator);
        page.getByLabel("Subject").fill("Collab idea");
        page.getByLabel("Message").fill("Hi Lumen, I'd love to work together.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the team")).click();
        assertThat(page.getByText("Email sent to the team as " + creator + ".")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Messages"))).containsText("Sent to the team");
        navigate(page, "Sandbox");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sandbox addresses"))).containsText(creator);

        navigate(page, "Team");
        String teammate = TestAccounts.uniqueEmail("teammate");
        page.getByLabel("Email address").fill(teammate);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
        assertThat(page.getByText("Invitation created for " + teammate)).isVisible();

        navigate(page, "Sandbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(teammate)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maya Lopez invited you to join Lumen Skincare on Creatordesk")).click();
        assertThat(page.getByText("Accept the invitation and choose your password here:")).isVisible();
        page.getByLabel("Your reply").fill("Thanks, joining now!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
        assertThat(page.getByText("Reply sent to the team as " + teammate + ".")).isVisible();
        Locator messages = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Messages"));
        assertThat(messages).containsText("Re: Maya Lopez invited you to join Lumen Skincare on Creatordesk");
        assertThat(messages).containsText("Received from the team");
        Browser.screenshot(page, "mailbox-sandbox-conversation");
    }

    private static void navigate(Page page, String destination) {
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(destination).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(destination).setLevel(1))).isVisible();
    }
}
