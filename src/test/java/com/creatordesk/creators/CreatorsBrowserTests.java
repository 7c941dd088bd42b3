package com.creatordesk.creators;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creatordesk.Browser;
import com.creatordesk.BrowserTest;
import com.creatordesk.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class CreatorsBrowserTests {

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
    void quickAddSearchTagTwoCreatorsAndImportACsvWithABadRow() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nora = "nora" + suffix;
        FakeProfileSite.page(Platform.INSTAGRAM, nora, EnrichmentIntegrationTests.PROFILE.formatted(nora));
        Page page = browser.newPage();
        Browser.signUp(page, "Trailhead Coffee", "Riley Brooks", TestAccounts.uniqueEmail("riley"), TestAccounts.PASSWORD);

        // The campaign the creators will be picked for.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New campaign").setExact(true)).first().click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Autumn Roast");
        page.getByLabel("Status").selectOption("ACTIVE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create campaign")).click();
        assertThat(page.getByText("Campaign created.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Autumn Roast");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Creators")).click();
        assertThat(page.getByText("Your Creator Pool is empty")).isVisible();

        // Quick Add: the creator is created at once and enriched in the background.
        page.getByText("Quick Add").first().click();
        Locator quickAdd = page.locator("form.quick-add");
        quickAdd.getByLabel("Platform").selectOption("INSTAGRAM");
        quickAdd.getByLabel("Handle").fill("@" + nora);
        quickAdd.getByLabel("Email (optional)").fill("nora@quinn.no");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quick Add").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Added"))).isVisible();
        assertThat(page.getByText("Profile enriched from @" + nora)).isVisible();
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Creators"));
        assertThat(table).containsText("@" + nora);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quick Add another")).click();
        quickAdd.getByLabel("Platform").selectOption("TIKTOK");
        quickAdd.getByLabel("Handle").fill("leo" + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quick Add").setExact(true)).click();
        assertThat(page.getByText("Enrichment failed")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry"))).isVisible();
        page.reload();
        assertThat(table.locator("tbody tr")).hasCount(2);
        assertThat(table).containsText("Nora Quinn");
        // Her picture's link (plain http on the test's profile site) cannot be shown: her initial stands in for it.
        Locator noraRow = table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Nora Quinn"));
        assertThat(noraRow.locator("img.avatar")).hasCount(0);
        assertThat(noraRow.locator("span.avatar")).hasText("N");

        // Search as you type.
        page.getByLabel("Search creators").pressSequentially("quinn", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(table).containsText("Nora Quinn");
        assertThat(page).hasURL(Pattern.compile("q=quinn"));
        page.getByLabel("Search creators").fill("");
        page.getByLabel("Search creators").dispatchEvent("search");
        assertThat(table.locator("tbody tr")).hasCount(2);

        // Tag both in a batch.
        page.getByLabel("Select all creators on this page").check();
        assertThat(page.getByText("2 selected")).isVisible();
        page.getByLabel("Tag for selected").fill("coffee lovers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add tag")).click();
        assertThat(page.getByText("Tag \u201ccoffee lovers\u201d added to 2 creators.")).isVisible();
        assertThat(table.getByText("coffee lovers")).hasCount(2);
        assertThat(page.locator(".results-bar")).containsText("2 creators");
        Browser.screenshot(page, "creators-list");

        // Star Nora: the button swaps in place (no page load), and the Favourites filter finds her alone.
        page.evaluate("window.sameDocument = true");
        table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add Nora Quinn to favourites")).click();
        Locator starred = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Nora Quinn from favourites"));
        assertThat(starred).hasAttribute("aria-pressed", "true");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.sameDocument === true")).isEqualTo(true);
        Locator favouritesFilter = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Favourites").setExact(true));
        favouritesFilter.check();
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(table).containsText("Nora Quinn");
        assertThat(page).hasURL(Pattern.compile("favourites=true"));
        favouritesFilter.uncheck();
        assertThat(table.locator("tbody tr")).hasCount(2);

        // Import a small CSV with one bad row, and read the error report.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import CSV")).click();
        String csv = "Name,Email,Instagram,Followers\nAda Brew,ada@brew.co,ada" + suffix + ",1200\n"
                + "Bad Row,not-an-email,bad" + suffix + ",10\nCal Roast,,cal" + suffix + ",3.4K\n";
        page.getByLabel("CSV file").setInputFiles(new FilePayload("creators.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import creators.csv"))).isVisible();
        assertThat(page.getByLabel("Import column Email as")).hasValue("EMAIL");
        assertThat(page.locator("#preview")).containsText("Ada Brew");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start import")).click();
        assertThat(page.getByText("Done", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("progress")).hasAttribute("value", "3");
        Browser.screenshot(page, "creators-import");
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download error report (CSV)")).click());
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(report).contains("3,\"Email: Enter a valid email address")
                .contains("Bad Row,not-an-email");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to Creators")).click();
        assertThat(table.locator("tbody tr")).hasCount(4);
        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nora Quinn")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nora Quinn").setLevel(1))).isVisible();
        assertThat(page.locator("span.avatar.lg")).hasText("N");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Nora Quinn from favourites")))
                .hasAttribute("aria-pressed", "true");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Collaborations"))).isVisible();
        assertThat(page.getByText("No collaborations yet")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Connection")).click();
        assertThat(page.getByText("Not connected")).isVisible();
        assertThat(page.getByText("No collaborations yet")).isHidden();
        Browser.screenshot(page, "creator-page");
    }
}
