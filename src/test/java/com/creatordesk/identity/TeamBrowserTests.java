package com.creatordesk.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TeamBrowserTests extends BrowserTestSupport {

    @Test
    void signUpSignOutSignInVisitEveryDestinationAndInviteATeammate() throws Exception {
        Page owner = browser.newPage();
        String ownerEmail = TestAccounts.uniqueEmail("owner");
        Browser.signUp(owner, "Lumen Skincare", "Maya Lopez", ownerEmail, TestAccounts.PASSWORD);

        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(owner.getByText("You've been signed out.")).isVisible();
        owner.getByLabel("Email").fill(ownerEmail);
        owner.getByLabel("Password").fill(TestAccounts.PASSWORD);
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        owner.waitForURL("**/campaigns");

        for (String destination : List.of("Campaigns", "Creators", "Outreach", "Inbox", "Collaborations",
                "Connections", "Analytics", "Team", "Mailbox", "Notifications")) {
            sidebar(owner).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(destination).setExact(true)).click();
            assertThat(owner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(destination).setLevel(1)))
                    .isVisible();
            assertThat(sidebar(owner).locator("a[aria-current=page]")).hasText(destination);
        }

        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team").setExact(true)).click();
        String teammate = TestAccounts.uniqueEmail("teammate");
        owner.getByLabel("Email address").fill(teammate);
        owner.getByLabel("Role").selectOption("ADMIN");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
        assertThat(owner.getByText("Invitation created for " + teammate)).isVisible();
        String link = owner.getByLabel("Invitation link for " + teammate).inputValue();
        assertThat(owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy invitation link"))).isVisible();

        Page invitee = browser.newPage();
        invitee.navigate(link);
        assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Join Lumen Skincare"))).isVisible();
        invitee.getByLabel("Your name").fill("Theo Grant");
        invitee.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("another-long-password");
        invitee.getByLabel("Repeat password").fill("another-long-password");
        invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join team")).click();
        invitee.waitForURL("**/campaigns");
        assertThat(invitee.getByText("You've joined Lumen Skincare.")).isVisible();

        owner.reload();
        assertThat(owner.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Members")))
                .containsText("Theo Grant");
        assertThat(owner.getByText("Pending invitations")).not().isVisible();
        assertThat(owner.getByLabel("Role of Theo Grant")).hasValue("ADMIN");
        assertThat(owner).hasTitle(Pattern.compile("Team"));
        org.assertj.core.api.Assertions.assertThat(Files.size(Browser.screenshot(owner, "team"))).isPositive();

        owner.navigate("/no-such-page");
        assertThat(owner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("We couldn't find that page"))).isVisible();
        assertThat(sidebar(owner)).containsText("Collaborations");

        invitee.navigate("/settings/team");
        assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Team").setExact(true))).isVisible();
        owner.navigate("/settings/team");
        owner.getByLabel("Role of Theo Grant").selectOption("MEMBER");
        assertThat(owner.getByText("Role updated.")).isVisible();
        invitee.navigate("/campaigns");
        invitee.waitForURL("**/login");
        invitee.getByLabel("Email").fill(teammate);
        invitee.getByLabel("Password").fill("another-long-password");
        invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        invitee.waitForURL(url -> url.contains("/campaigns"));
        assertThat(sidebar(invitee)).not().containsText("Team");
        invitee.navigate("/settings/team");
        assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You don't have access to this page"))).isVisible();
    }

    private static com.microsoft.playwright.Locator sidebar(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }
}
