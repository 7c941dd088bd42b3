package com.creatordesk.campaigns;

import static com.creatordesk.campaigns.TestCampaigns.create;
import static org.assertj.core.api.Assertions.assertThat;
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
import com.creatordesk.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The Campaigns list: search, status filter, every order, keyset paging, htmx fragments and the empty states. */
@IntegrationTest
class CampaignListIntegrationTests {

    private static final Pattern ROW_NAME = Pattern.compile("class=\"campaign-name\" href=\"[^\"]*\">([^<]*)</a>");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\"[^>]*rel=\"next\"");
    private static final Pattern PREVIOUS = Pattern.compile("href=\"([^\"]*)\"[^>]*rel=\"prev\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    SignedIn owner;

    @BeforeEach
    void signUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "List Brand");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewOrganizationSeesTheEmptyStateWithItsFirstStep() throws Exception {
        mvc.perform(owner.as(get("/campaigns")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No campaigns yet")))
                .andExpect(content().string(containsString("href=\"/campaigns/new\"")))
                .andExpect(content().string(not(containsString("aria-label=\"Campaigns\""))));
    }

    @Test
    void searchMatchesAnyPartOfTheNameIgnoringCaseAndTakesWildcardsLiterally() throws Exception {
        create(mvc, owner, "Summer Launch");
        create(mvc, owner, "Winter Sale");
        create(mvc, owner, "Endless summer_50% off");
        create(mvc, owner, "Summer2Go");

        assertThat(names("/campaigns?q=SUMMER&sort=name")).containsExactly("Endless summer_50% off", "Summer Launch", "Summer2Go");
        assertThat(names("/campaigns?q=50%25")).containsExactly("Endless summer_50% off");
        assertThat(names("/campaigns?q=summer_")).containsExactly("Endless summer_50% off");
        mvc.perform(owner.as(get("/campaigns?q=autumn")))
                .andExpect(content().string(containsString("No campaigns match")))
                .andExpect(content().string(containsString("Clear filters")))
                .andExpect(content().string(containsString("value=\"autumn\"")));
    }

    @Test
    void filterByStatus() throws Exception {
        create(mvc, owner, "Draft One");
        create(mvc, owner, "Active One", "status", "ACTIVE");
        create(mvc, owner, "Active Two", "status", "ACTIVE");
        UUID paused = create(mvc, owner, "Paused One", "status", "ACTIVE");
        mvc.perform(owner.as(post("/campaigns/" + paused + "/status").with(csrf()).param("status", "PAUSED")));

        assertThat(names("/campaigns?status=ACTIVE&sort=name")).containsExactly("Active One", "Active Two");
        assertThat(names("/campaigns?status=PAUSED")).containsExactly("Paused One");
        assertThat(names("/campaigns?status=DRAFT&q=one")).containsExactly("Draft One");
        assertThat(names("/campaigns?status=nonsense&sort=name")).hasSize(4);
        mvc.perform(owner.as(get("/campaigns?status=ACTIVE")))
                .andExpect(content().string(containsString("<option value=\"ACTIVE\" selected=\"selected\">Active</option>")));
    }

    @Test
    void everyOrder() throws Exception {
        create(mvc, owner, "bravo", "startDate", "2026-03-01", "status", "ACTIVE");
        clock.advance(Duration.ofMinutes(1));
        create(mvc, owner, "Alpha", "startDate", "2026-05-01");
        clock.advance(Duration.ofMinutes(1));
        create(mvc, owner, "Charlie");
        clock.advance(Duration.ofMinutes(1));
        create(mvc, owner, "delta", "startDate", "2026-01-15", "status", "ACTIVE");

        assertThat(names("/campaigns")).containsExactly("delta", "Charlie", "Alpha", "bravo");
        assertThat(names("/campaigns?sort=oldest")).containsExactly("bravo", "Alpha", "Charlie", "delta");
        assertThat(names("/campaigns?sort=name")).containsExactly("Alpha", "bravo", "Charlie", "delta");
        assertThat(names("/campaigns?sort=name-desc")).containsExactly("delta", "Charlie", "bravo", "Alpha");
        assertThat(names("/campaigns?sort=start")).containsExactly("delta", "bravo", "Alpha", "Charlie");
        assertThat(names("/campaigns?sort=start-desc")).containsExactly("Charlie", "Alpha", "bravo", "delta");
        assertThat(names("/campaigns?sort=status")).containsExactly("bravo", "delta", "Alpha", "Charlie");
    }

    @Test
    void pagesAreWalkedForwardAndBackWithTheFiltersKept() throws Exception {
        for (String name : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7")) {
            create(mvc, owner, name, "status", "ACTIVE");
        }
        create(mvc, owner, "Draft Not Listed");
        String first = "/campaigns?status=ACTIVE&sort=name&size=3";

        String page1 = html(first);
        assertThat(names(page1)).containsExactly("C1", "C2", "C3");
        assertThat(page1).contains("7 campaigns").doesNotContain("rel=\"prev\"");
        String page2 = html(link(NEXT, page1));
        assertThat(names(page2)).containsExactly("C4", "C5", "C6");
        String page3 = html(link(NEXT, page2));
        assertThat(names(page3)).containsExactly("C7");
        assertThat(page3).doesNotContain("rel=\"next\"");
        assertThat(link(NEXT, page2)).contains("status=ACTIVE").contains("sort=name").contains("size=3");

        String back2 = html(link(PREVIOUS, page3));
        assertThat(names(back2)).containsExactly("C4", "C5", "C6");
        String back1 = html(link(PREVIOUS, back2));
        assertThat(names(back1)).containsExactly("C1", "C2", "C3");
        assertThat(back1).doesNotContain("rel=\"prev\"").contains("rel=\"next\"");
    }

    @Test
    void pagingWorksInEveryOrderAndDirection() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "Camp " + (char) ('A' + (i * 3) % 7);
            created.add(name);
            create(mvc, owner, name, "startDate", i % 3 == 0 ? "" : "2026-0" + (1 + i % 4) + "-01",
                    "status", i % 2 == 0 ? "ACTIVE" : "DRAFT");
            clock.advance(Duration.ofSeconds(10));
        }
        for (String sort : List.of("newest", "oldest", "name", "name-desc", "start", "start-desc", "status")) {
            List<String> whole = names("/campaigns?sort=" + sort);
            assertThat(whole).as(sort).hasSize(7);
            assertThat(walkForward("/campaigns?size=2&sort=" + sort)).as(sort).isEqualTo(whole);
        }
    }

    @Test
    void htmxGetsOnlyTheResultsButAHistoryRestoreGetsTheWholePage() throws Exception {
        create(mvc, owner, "Fragment Campaign");
        mvc.perform(owner.as(get("/campaigns?q=fragment").header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div id=\"campaign-results\">")))
                .andExpect(content().string(containsString("Fragment Campaign")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(owner.as(get("/campaigns?q=fragment").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void anotherOrganizationsCampaignsAreNeverListed() throws Exception {
        create(mvc, owner, "Ours");
        SignedIn other = TestAccounts.signUp(mvc, "Other List Brand");
        create(mvc, other, "Theirs");
        assertThat(names("/campaigns")).containsExactly("Ours");
        assertThat(names("/campaigns?q=theirs")).isEmpty();
    }

    private List<String> walkForward(String url) throws Exception {
        List<String> all = new ArrayList<>();
        String page = html(url);
        all.addAll(names(page));
        while (page.contains("rel=\"next\"")) {
            page = html(link(NEXT, page));
            all.addAll(names(page));
        }
        return all;
    }

    private List<String> names(String urlOrHtml) throws Exception {
        String page = urlOrHtml.startsWith("/") ? html(urlOrHtml) : urlOrHtml;
        List<String> names = new ArrayList<>();
        Matcher matcher = ROW_NAME.matcher(page);
        while (matcher.find()) {
            names.add(HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        return names;
    }

    private static String link(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("link " + pattern).isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    private String html(String url) throws Exception {
        return mvc.perform(owner.as(get(java.net.URI.create(url))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
