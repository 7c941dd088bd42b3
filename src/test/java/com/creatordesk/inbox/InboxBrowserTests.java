package com.creatordesk.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTestSupport;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole story of guide 000 in the browser, on the sandbox: outreach to a creator, the creator's reply
 * written in the Sandbox, and the collaboration the background inbox sync (IDLE) makes of it, seen on the
 * campaign's Collaborations tab after at most one reload.
 */
class InboxBrowserTests extends BrowserTestSupport {

    @Autowired JdbcTemplate jdbc;

    @Test
    void aCreatorsReplyToOutreachBecomesANegotiatingCollaborationLinkedToTheThread() {
        Page page = browser.newPage();
        Browser.signUp(page, "Sunpeak Outdoors", "Dana Whitfield", TestAccounts.uniqueEmail("dana"), TestAccounts.PASSWORD);
        String suffix = Long.toString(System.nanoTime(), 36);
        String campaignUrl = campaign(page, "Summer Glow");
        String maya = "maya." + suffix + "@creator.test";
        creator(page, "Maya Chen", "mayachen" + suffix, maya);

        sendOutreach(page, "Maya Chen (mayachen" + suffix + ")", "Summer Glow");
        replyInTheSandbox(page, maya, "Summer Glow × Maya?", "Love it! What are the terms?");

        page.navigate(campaignUrl + "/collaborations");
        Locator row = page.locator(".tab-panel tbody tr", new Page.LocatorOptions().setHasText("Maya Chen"));
        int reloads = 0;
        try {
            row.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
        } catch (TimeoutError notSyncedYet) {
            // like a person who looks again a little later: the page is reloaded once, when the sync has done its work
            String campaignId = campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1);
            InboxFixture.awaitTrue(() -> jdbc.queryForObject("select count(*) from collaborations where campaign_id = ?::uuid",
                    Integer.class, campaignId) > 0, "the collaboration made by the background sync", Duration.ofSeconds(30));
            page.reload();
            reloads++;
        }
        assertThat(row).containsText("Negotiating");
        assertThat(reloads).isLessThanOrEqualTo(1);
        assertThat(page.getByText("No collaborations yet")).not().isVisible();
        Locator thread = row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Email thread"));
        assertThat(thread).hasAttribute("href", Pattern.compile("^/inbox/threads/[0-9a-f-]{36}$"));
        Browser.screenshot(page, "inbox-reply-became-collaboration");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Maya Chen")).click();
        Locator created = page.locator("#timeline li.kind-created");
        assertThat(created).containsText("in Negotiating");
        assertThat(created).containsText("Inbox sync");
        assertThat(created.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the creator's reply"))).isVisible();
        Browser.screenshot(page, "inbox-collaboration-created-by-inbox-sync");

        created.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the creator's reply")).click();
        assertThat(page.locator("h1")).hasText("Summer Glow × Maya?");
        assertThat(page.locator("article.email-message.inbound")).containsText("Love it! What are the terms?");
        assertThat(page.locator("#collaboration-panel")).containsText("Maya Chen");
        assertThat(page.locator("#collaboration-panel")).containsText("Negotiating");
        Browser.screenshot(page, "inbox-thread-linked");
    }

    @Test
    void aNewEmailFromSomeoneOutsideThePoolBecomesACollaborationFromTheInboxWithQuickAdd() {
        Page page = browser.newPage();
        Browser.signUp(page, "Winter Peaks Co", "Ravi Patel", TestAccounts.uniqueEmail("ravi"), TestAccounts.PASSWORD);
        String suffix = Long.toString(System.nanoTime(), 36);
        campaign(page, "Winter Peaks");
        page.navigate("/inbox");
        assertThat(page.getByText("Your inbox is empty")).isVisible();

        String lena = "lena." + suffix + "@creator.test";
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sandbox")).click();
        page.getByLabel("From").fill(lena);
        page.getByLabel("Subject").fill("Collab idea from Lena");
        page.getByLabel("Message").fill("Hi! I film ski touring and would love to work with you.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the team")).click();

        page.navigate("/inbox");
        Locator thread = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collab idea from Lena"));
        for (int attempt = 0; thread.count() == 0 && attempt < 40; attempt++) {
            page.waitForTimeout(500); // the background sync stores the new email
            page.reload();
        }
        thread.first().click();
        page.locator("#collaboration-panel").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Create Collaboration"))
                .click();

        Locator participants = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Participants"));
        assertThat(participants).containsText(lena);
        assertThat(participants).containsText("Not in your Creator Pool");
        Locator quickAdd = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Quick Add " + lena));
        quickAdd.getByLabel("Platform").selectOption("TIKTOK");
        quickAdd.getByLabel("Handle").fill("@lenatours" + suffix);
        quickAdd.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Quick Add")).click();

        assertThat(participants).containsText("In your Creator Pool");
        assertThat(page.getByLabel("Creator", new Page.GetByLabelOptions().setExact(true))).containsText("@lenatours" + suffix);
        assertThat(page.locator("#emailThread option:checked")).containsText("Collab idea from Lena");
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel("Winter Peaks"));
        page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill("800");
        page.locator("input[name=currency]").fill("EUR");
        Browser.screenshot(page, "inbox-create-collaboration-from-thread");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();

        assertThat(page.getByText("Collaboration created.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collab idea from Lena"))).isVisible();
        assertThat(page.locator("body")).containsText("€800.00");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Collab idea from Lena")).click();
        assertThat(page.locator("#collaboration-panel")).containsText("Negotiating");
        assertThat(page.locator("#collaboration-panel")).containsText("Winter Peaks");
        Browser.screenshot(page, "inbox-thread-with-its-collaboration");
    }

    /** A new Active campaign; its page's URL. */
    private static String campaign(Page page, String name) {
        page.navigate("/campaigns/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();
        assertThat(page.getByText("Campaign created.")).isVisible();
        return page.url();
    }

    private static void creator(Page page, String name, String handle, String email) {
        page.navigate("/creators/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.locator("#handles0\\.handle").fill(handle);
        page.getByLabel("Primary email").fill(email);
        page.locator("form[action$='/creators'] button[type=submit]").last().click();
        assertThat(page.getByText(name + " was added to your Creator Pool.")).isVisible();
    }

    /** One email to the creator from Outreach → Drafts, sent through the team mailbox (the sandbox). */
    private static void sendOutreach(Page page, String creatorOption, String campaign) {
        page.navigate("/outreach/drafts/new");
        page.getByLabel("Creator", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(creatorOption));
        page.getByLabel("Campaign").selectOption(new SelectOption().setLabel(campaign));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();
        page.getByLabel("Subject").fill("Summer Glow × Maya?");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                .fill("Hi Maya,\n\nwould you like to join our Summer Glow campaign?\n\nDana");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        assertThat(page.getByText("Email queued: it goes out in a moment.")).isVisible();
    }

    /** Opens the Sandbox as the creator, once the email has arrived there, and replies to it. */
    private static void replyInTheSandbox(Page page, String address, String subject, String reply) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sandbox")).click();
        Locator received = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sandbox addresses"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(address));
        for (int attempt = 0; received.count() == 0 && attempt < 30; attempt++) {
            page.waitForTimeout(500); // the outbox sends in the background; the Sandbox page shows what has arrived
            page.reload();
        }
        received.click();
        page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Messages"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(subject)).click();
        page.getByLabel("Your reply").fill(reply);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
        assertThat(page.getByText("Reply sent to the team as " + address + ".")).isVisible();
    }
}
