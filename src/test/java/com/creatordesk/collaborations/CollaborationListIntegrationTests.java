package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.CrossedTransactions;
import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The Collaborations list: search, filters, sorts, keyset paging, the count, CSV export and the campaign and creator tabs. */
@IntegrationTest
class CollaborationListIntegrationTests {

    static final Pattern ROW = Pattern.compile("<a href=\"/collaborations/[0-9a-f-]{36}\"><strong>([^<]+)</strong></a>");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    SignedIn owner;
    UUID spring;
    UUID summer;
    UUID jane;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "List Brand");
        spring = campaign(mvc, owner, "Spring Trail Launch");
        summer = campaign(mvc, owner, "Summer Hiking");
        jane = creator(mvc, owner, "Jane Doe", "TIKTOK", "@janetrails");
        UUID omar = creator(mvc, owner, "Omar Haddad", "INSTAGRAM", "@omarclimbs");
        UUID zoe = creator(mvc, owner, "Zoe Alvarez", "YOUTUBE", "@zoeoutdoors");
        create(mvc, owner, spring, jane, "cost", "900", "tags", "VIP");
        create(mvc, owner, spring, omar, "cost", "2500", "status", "PENDING");
        create(mvc, owner, summer, zoe, "tags", "VIP, ambassador");
        create(mvc, owner, summer, jane, "cost", "100");
    }

    List<String> names(String url) throws Exception {
        String html = mvc.perform(owner.as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> names = new ArrayList<>();
        Matcher matcher = ROW.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void listsNewestFirstAndSearchesByCreatorNameOrHandle() throws Exception {
        assertThat(names("/collaborations")).containsExactly("Jane Doe", "Zoe Alvarez", "Omar Haddad", "Jane Doe");
        assertThat(names("/collaborations?q=JANE")).containsExactly("Jane Doe", "Jane Doe");
        assertThat(names("/collaborations?q=@omarcl")).containsExactly("Omar Haddad");
        assertThat(names("/collaborations?q=nobody")).isEmpty();
        mvc.perform(owner.as(get("/collaborations?q=nobody"))).andExpect(content().string(containsString("No collaborations match")));
    }

    @Test
    void eachRowShowsTheCollaborationAtAGlance() throws Exception {
        UUID cancelled = jdbc.queryForObject("select id from collaborations where campaign_id = ? and creator_name = 'Omar Haddad'", UUID.class, spring);
        mvc.perform(owner.as(post("/collaborations/" + cancelled + "/status").with(csrf()).param("status", "CANCELLED")
                .param("reason", "BUDGET_CUT"))).andExpect(status().is3xxRedirection());
        Document page = Jsoup.parse(mvc.perform(owner.as(get("/collaborations"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        Elements rows = page.select("table.collaborations-table tbody tr");
        assertThat(rows).hasSize(4);

        Element jane = rows.get(0); // Jane Doe in Summer Hiking, newest
        UUID janeSummer = jdbc.queryForObject("select id from collaborations where campaign_id = ? and creator_id = ?", UUID.class, summer, this.jane);
        java.time.Instant created = jdbc.queryForObject("select created_at from collaborations where id = ?", java.sql.Timestamp.class, janeSummer).toInstant();
        assertThat(jane.select("input.collaboration-check").attr("value")).isEqualTo(janeSummer.toString());
        assertThat(jane.select("input.collaboration-check").attr("aria-label")).isEqualTo("Select Jane Doe in Summer Hiking");
        assertThat(jane.select("a[href=/collaborations/" + janeSummer + "] strong").text()).isEqualTo("Jane Doe");
        assertThat(jane.select(".validation-badge").attr("data-creator")).isEqualTo(this.jane.toString());
        assertThat(jane.select(".handle").text()).isEqualTo("@janetrails · TikTok");
        assertThat(jane.select("td").get(2).text()).isEqualTo("Summer Hiking");
        assertThat(jane.select(".collaboration-status").attr("class")).isEqualTo("badge collaboration-status status-negotiating");
        assertThat(jane.select(".collaboration-status").text()).isEqualTo("Negotiating");
        assertThat(jane.select(".reason")).isEmpty();
        assertThat(jane.select(".cost").text()).isEqualTo("$100.00");
        assertThat(jane.select("td").get(5).text()).isEqualTo("1");
        assertThat(jane.select(".chip")).isEmpty();
        assertThat(jane.select("td").last().text())
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC).format(created));

        Element zoe = rows.get(1);
        assertThat(zoe.select(".cost").text()).as("no cost: an empty cell the stylesheet marks with a dash").isEmpty();
        assertThat(zoe.select(".chip").eachText()).containsExactly("VIP", "ambassador");

        Element omar = rows.get(2);
        assertThat(omar.select(".collaboration-status").attr("class")).isEqualTo("badge collaboration-status status-cancelled");
        assertThat(omar.select(".reason").text()).isEqualTo("Budget cut");
        assertThat(omar.select(".cost").text()).isEqualTo("$2,500.00");
    }

    @Test
    void aRenamedCampaignIsShownByItsNewNameInItsCollaborationsRows() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other List Brand");
        UUID othersSummer = campaign(mvc, other, "Summer Hiking");
        create(mvc, other, othersSummer, creator(mvc, other, "Ana Silva", "TIKTOK", "@anasilva"));

        mvc.perform(owner.as(post("/campaigns/" + summer + "/edit").with(csrf()).param("name", "Summer Trails")))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(campaignCells(owner, "/collaborations"))
                .containsExactly("Summer Trails", "Summer Trails", "Spring Trail Launch", "Spring Trail Launch"));
        assertThat(names("/collaborations?q=jane&campaign=" + summer)).containsExactly("Jane Doe");
        assertThat(campaignCells(other, "/collaborations")).as("the other organization's campaign of the old name")
                .containsExactly("Summer Hiking");
        UUID janeSummer = jdbc.queryForObject("select id from collaborations where campaign_id = ? and creator_id = ?", UUID.class, summer, jane);
        mvc.perform(owner.as(get("/collaborations/" + janeSummer))).andExpect(content().string(containsString("Summer Trails")));
    }

    @Test
    void aRenamedCreatorOrAChangedHandleIsShownAndFoundInTheirCollaborationsRows() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other Creator Brand");
        UUID othersJane = creator(mvc, other, "Jane Doe", "TIKTOK", "@janetrails");
        create(mvc, other, campaign(mvc, other, "Autumn"), othersJane);

        mvc.perform(owner.as(post("/creators/" + jane + "/edit").with(csrf()).param("displayName", "Jane Rivers")))
                .andExpect(status().is3xxRedirection());
        UUID handle = jdbc.queryForObject("select id from creator_handles where creator_id = ?", UUID.class, jane);
        mvc.perform(owner.as(post("/creators/" + jane + "/handles/" + handle).with(csrf()).param("platform", "TIKTOK")
                .param("handle", "janeriver"))).andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(names("/collaborations?q=rivers"))
                .containsExactly("Jane Rivers", "Jane Rivers"));
        assertThat(names("/collaborations?q=@janeriver")).containsExactly("Jane Rivers", "Jane Rivers");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(names("/collaborations?q=@janetrails"))
                .as("the old handle no longer finds her").isEmpty());
        assertThat(Jsoup.parse(mvc.perform(owner.as(get("/collaborations?creator=" + jane))).andReturn().getResponse()
                .getContentAsString()).select("tbody .handle").eachText()).containsExactly("@janeriver · TikTok", "@janeriver · TikTok");
        assertThat(names("/collaborations")).containsExactly("Jane Rivers", "Zoe Alvarez", "Omar Haddad", "Jane Rivers");

        String othersList = mvc.perform(other.as(get("/collaborations"))).andReturn().getResponse().getContentAsString();
        assertThat(othersList).as("the other organization's creator of the same name and handle").contains("Jane Doe")
                .contains("@janetrails · TikTok").doesNotContain("Jane Rivers");

        mvc.perform(owner.as(post("/creators/" + jane + "/handles").with(csrf()).param("platform", "INSTAGRAM")
                .param("handle", "janeoutdoors"))).andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(names("/collaborations?q=@janeoutdoors"))
                .as("a handle added is searchable").containsExactly("Jane Rivers", "Jane Rivers"));
    }

    /**
     * A rename whose update of the copies runs while a collaboration is being created: the new collaboration waits
     * for it and copies the new name, instead of copying the old one after the update has passed it by.
     */
    @Test
    void aCollaborationCreatedWhileItsCampaignOrCreatorIsRenamedTakesTheNewNames() throws Exception {
        UUID ana = creator(mvc, owner, "Ana Silva", "TIKTOK", "@anasilva");
        try (java.sql.Connection renaming = dataSource.getConnection()) {
            renaming.setAutoCommit(false);
            // What the rename listeners hold while they apply a rename: their lock, and the rename itself.
            CrossedTransactions.execute(renaming, "select pg_advisory_xact_lock(hashtextextended(?, 0))", "collaborations-campaign-renamed:" + spring);
            CrossedTransactions.execute(renaming, "select pg_advisory_xact_lock(hashtextextended(?, 0))", "collaborations-creator-renamed:" + ana);
            CrossedTransactions.execute(renaming, "update campaigns set name = 'Spring Trails' where id = ?", spring);
            CrossedTransactions.execute(renaming, "update creators set display_name = 'Ana Rivers' where id = ?", ana);
            java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<UUID> creating = thread.submit(() -> create(mvc, owner, spring, ana));
                Thread.sleep(500);
                assertThat(creating).as("waits for the rename in progress").isNotDone();
                renaming.commit();
                UUID created = creating.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(jdbc.queryForMap("select campaign_name, creator_name from collaborations where id = ?", created))
                        .containsEntry("campaign_name", "Spring Trails").containsEntry("creator_name", "Ana Rivers");
            } finally {
                thread.shutdownNow();
            }
        }
    }

    /**
     * A change saved from a collaboration loaded before a rename's copy committed (it waits on the row the rename holds,
     * then writes) keeps the new names: a note, a status change and a batch each write the row without them.
     */
    @Test
    void aChangeSavedAfterARenameKeepsTheNewNames() throws Exception {
        UUID janeSpring = jdbc.queryForObject("select id from collaborations where campaign_id = ? and creator_id = ?", UUID.class, spring, jane);
        keepsTheRename(janeSpring, "Rivers", () -> mvc.perform(owner.as(post("/collaborations/" + janeSpring + "/notes").with(csrf())
                .param("note", "Sent the brief"))).andReturn());
        keepsTheRename(janeSpring, "Hills", () -> mvc.perform(owner.as(post("/collaborations/" + janeSpring + "/status").with(csrf())
                .param("status", "FULFILLING"))).andReturn());
        keepsTheRename(janeSpring, "Brooks", () -> mvc.perform(owner.as(post("/collaborations/batch").with(csrf())
                .param("action", "status").param("batchStatus", "COMPLETED").param("ids", janeSpring.toString()))).andReturn());
        assertThat(jdbc.queryForList("select kind from collaboration_activities where collaboration_id = ? order by occurred_at",
                String.class, janeSpring)).as("each change was made").containsExactly("CREATED", "NOTE_ADDED", "STATUS_CHANGED", "STATUS_CHANGED");
        assertThat(TestCollaborations.statusOf(jdbc, janeSpring)).isEqualTo("COMPLETED");
    }

    private void keepsTheRename(UUID collaboration, String surname, java.util.concurrent.Callable<?> change) throws Exception {
        try (java.sql.Connection renaming = dataSource.getConnection()) {
            renaming.setAutoCommit(false);
            // What the rename listeners write, not yet committed: the change loads the old names, then waits for the row.
            CrossedTransactions.execute(renaming, "update collaborations set campaign_name = ?, creator_name = ?, creator_handle = ?, "
                    + "creator_search = ? where id = ?", "Spring " + surname, "Jane " + surname, "@jane" + surname + " · TikTok",
                    "jane " + surname.toLowerCase() + " @jane" + surname.toLowerCase(), collaboration);
            java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<?> changing = thread.submit(change);
                Thread.sleep(500);
                assertThat(changing).as("waits for the row the rename holds").isNotDone();
                renaming.commit();
                changing.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                thread.shutdownNow();
            }
        }
        assertThat(jdbc.queryForMap("select campaign_name, creator_name, creator_handle, creator_search from collaborations where id = ?",
                collaboration)).containsEntry("campaign_name", "Spring " + surname).containsEntry("creator_name", "Jane " + surname)
                .containsEntry("creator_handle", "@jane" + surname + " · TikTok")
                .containsEntry("creator_search", "jane " + surname.toLowerCase() + " @jane" + surname.toLowerCase());
    }

    private List<String> campaignCells(SignedIn member, String url) throws Exception {
        return Jsoup.parse(mvc.perform(member.as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("table.collaborations-table tbody tr").stream().map(row -> row.select("td").get(2).text()).toList();
    }

    @Test
    void filtersByStatusCreatorCampaignAndTag() throws Exception {
        assertThat(names("/collaborations?status=PENDING")).containsExactly("Omar Haddad");
        assertThat(names("/collaborations?creator=" + jane)).containsExactly("Jane Doe", "Jane Doe");
        assertThat(names("/collaborations?campaign=" + summer)).containsExactly("Jane Doe", "Zoe Alvarez");
        assertThat(names("/collaborations?tag=VIP")).containsExactly("Zoe Alvarez", "Jane Doe");
        assertThat(names("/collaborations?tag=VIP&campaign=" + spring)).containsExactly("Jane Doe");
        assertThat(names("/collaborations?tag=vip")).as("the tag filter ignores case").containsExactly("Zoe Alvarez", "Jane Doe");
        assertThat(names("/collaborations?tag=ambassador")).containsExactly("Zoe Alvarez");
        mvc.perform(owner.as(get("/collaborations?creator=" + jane)))
                .andExpect(content().string(containsString("<option value=\"" + jane + "\" selected>Jane Doe</option>")));
    }

    @Test
    void sortsByStatusCostAndCreator() throws Exception {
        assertThat(names("/collaborations?sort=status")).containsExactly("Omar Haddad", "Jane Doe", "Jane Doe", "Zoe Alvarez");
        assertThat(names("/collaborations?sort=cost-desc")).containsExactly("Omar Haddad", "Jane Doe", "Jane Doe", "Zoe Alvarez");
        assertThat(names("/collaborations?sort=cost")).containsExactly("Zoe Alvarez", "Jane Doe", "Jane Doe", "Omar Haddad");
        assertThat(names("/collaborations?sort=creator-desc")).startsWith("Zoe Alvarez", "Omar Haddad");
    }

    @Test
    void pagesForwardAndBackWithKeysetCursorsKeepingFilters() throws Exception {
        String first = mvc.perform(owner.as(get("/collaborations?sort=cost&size=2"))).andReturn().getResponse().getContentAsString();
        assertThat(names("/collaborations?sort=cost&size=2")).containsExactly("Zoe Alvarez", "Jane Doe");
        String next = link(first, "next");
        assertThat(next).contains("sort=cost").contains("size=2").contains("after=");
        assertThat(names(next)).containsExactly("Jane Doe", "Omar Haddad");
        String second = mvc.perform(owner.as(get(next))).andReturn().getResponse().getContentAsString();
        assertThat(second).doesNotContain("rel=\"next\"");
        assertThat(names(link(second, "prev"))).containsExactly("Zoe Alvarez", "Jane Doe");
    }

    @Test
    void everyOrderPagesOneRowAtATimeThroughTheWholeListAndBack() throws Exception {
        for (String sort : List.of("newest", "oldest", "status", "cost-desc", "cost", "creator", "creator-desc")) {
            List<String> whole = names("/collaborations?sort=" + sort);
            List<String> forward = new ArrayList<>();
            String url = "/collaborations?sort=" + sort + "&size=1";
            String html = page(url);
            forward.addAll(names(url));
            while (html.contains("rel=\"next\"")) {
                url = link(html, "next");
                html = page(url);
                forward.addAll(names(url));
            }
            assertThat(forward).as("forward through " + sort).isEqualTo(whole);
            List<String> backward = new ArrayList<>();
            while (html.contains("rel=\"prev\"")) {
                url = link(html, "prev");
                html = page(url);
                backward.addAll(0, names(url));
            }
            assertThat(backward).as("back through " + sort).isEqualTo(whole.subList(0, whole.size() - 1));
        }
    }

    @Test
    void aCursorThatIsNotARowOfTheOrganizationStartsAtTheFirstPage() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other List Brand");
        UUID theirCampaign = campaign(mvc, other, "Their Launch");
        UUID theirCreator = creator(mvc, other, "Aaron Other", "TIKTOK", "@aaronother");
        create(mvc, other, theirCampaign, theirCreator);
        String theirs = jdbc.queryForObject("select id::text from collaborations where creator_id = ?", String.class, theirCreator);
        for (String cursor : List.of("after=" + theirs, "before=" + theirs, "after=" + UUID.randomUUID())) {
            String url = "/collaborations?sort=creator&size=2&" + cursor;
            assertThat(names(url)).as(cursor).containsExactly("Jane Doe", "Jane Doe");
            assertThat(page(url)).as(cursor).doesNotContain("rel=\"prev\"").contains("rel=\"next\"").doesNotContain("Aaron Other");
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(owner.as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCountIsItsOwnRequestAndTheTagsAreOffered() throws Exception {
        mvc.perform(owner.as(get("/collaborations/count?tag=VIP")))
                .andExpect(content().string(containsString("2 collaborations")));
        mvc.perform(owner.as(get("/collaborations/tags")))
                .andExpect(content().string(allOf(containsString("<option value=\"VIP\">"), containsString("<option value=\"ambassador\">"))));
        mvc.perform(owner.as(get("/collaborations")))
                .andExpect(content().string(allOf(containsString("<option value=\"" + summer + "\">Summer Hiking</option>"),
                        containsString("class=\"validation-badge\""))));
    }

    @Test
    void theFilteredListIsExportedAsCsvSafeForSpreadsheets() throws Exception {
        UUID tricky = creator(mvc, owner, "=HYPERLINK(\"http://evil\")", "TIKTOK", "@tricky");
        create(mvc, owner, spring, tricky, "tags", "+1, @home");

        String csv = mvc.perform(owner.as(get("/collaborations/export.csv?campaign=" + spring)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"collaborations-")))
                .andReturn().getResponse().getContentAsString();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Creator,Handle,Campaign,Status,Cancellation reason,Cost,Currency,Post count,Tags,Created");
        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",'@tricky · TikTok,Spring Trail Launch,Negotiating,,,USD,1,\"'+1, @home\"");
        assertThat(csv).contains("Omar Haddad,'@omarclimbs · Instagram,Spring Trail Launch,Pending,,2500.00,USD,1,,")
                .doesNotContain("Zoe Alvarez");
    }

    @Test
    void theCampaignTabIsTheListOfItsCampaignWithNewCollaborationPrefilled() throws Exception {
        String tab = "/collaborations/campaigns/" + spring + "/tab";
        mvc.perform(owner.as(get(tab).header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT,
                        containsString("href=\"/collaborations/new?campaign=" + spring + "\""),
                        containsString("New Collaboration"), containsString("Omar Haddad"), not(containsString("Zoe Alvarez")),
                        // the same search, filters and sort as the page, but no campaign filter: the tab is the campaign
                        containsString("id=\"collaboration-search\""), containsString("id=\"filter-status\""),
                        containsString("id=\"filter-creator\""), containsString("id=\"filter-tag\""), containsString("id=\"filter-sort\""),
                        not(containsString("id=\"filter-campaign\"")),
                        containsString("hx-get=\"" + tab + "\""), containsString("hx-push-url=\"false\""),
                        not(containsString("Clear filters")),
                        containsString("aria-label=\"Batch actions\""), containsString("name=\"view\" value=\"campaign-tab\""),
                        containsString("href=\"/collaborations/export.csv?campaign=" + spring + "\""),
                        containsString("href=\"/collaborations?campaign=" + spring + "\""))));

        assertThat(names(tab)).containsExactly("Omar Haddad", "Jane Doe");
        assertThat(names(tab + "?q=omar")).containsExactly("Omar Haddad");
        assertThat(names(tab + "?status=PENDING")).containsExactly("Omar Haddad");
        assertThat(names(tab + "?tag=VIP")).containsExactly("Jane Doe");
        assertThat(names(tab + "?creator=" + jane)).containsExactly("Jane Doe");
        assertThat(names(tab + "?sort=cost")).containsExactly("Jane Doe", "Omar Haddad");
        assertThat(names(tab + "?campaign=" + summer)).as("the tab keeps its campaign").containsExactly("Omar Haddad", "Jane Doe");
        mvc.perform(owner.as(get(tab + "?q=omar"))).andExpect(content().string(containsString("Clear filters")));

        UUID empty = campaign(mvc, owner, "Nothing Yet");
        mvc.perform(owner.as(get("/collaborations/campaigns/" + empty + "/tab")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No collaborations yet"),
                        containsString("Collaborations for this campaign will appear here."),
                        containsString("href=\"/collaborations/new?campaign=" + empty + "\""))));
    }

    @Test
    void theCampaignTabPagesWithinTheTabAnsweringItsSearchesAndPagesWithTheResultsOnly() throws Exception {
        String tab = "/collaborations/campaigns/" + spring + "/tab";
        String first = mvc.perform(owner.as(get(tab + "?size=1").header("HX-Request", "true")))
                .andReturn().getResponse().getContentAsString();
        String next = link(first, "next");
        assertThat(next).startsWith(tab + "?").contains("size=1").contains("after=");

        String page = mvc.perform(owner.as(get(next).header("HX-Request", "true").header("HX-Target", "collaboration-results")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"collaboration-results\"").doesNotContain("id=\"collaboration-filters\"")
                .contains("Jane Doe").doesNotContain("Omar Haddad").contains("hx-push-url=\"false\"");
        assertThat(link(page, "prev")).startsWith(tab + "?");
    }

    @Test
    void aBatchFromTheCampaignTabAnswersWithTheTabsResults() throws Exception {
        UUID omar = jdbc.queryForObject("select id from collaborations where campaign_id = ? and creator_name = 'Omar Haddad'", UUID.class, spring);
        mvc.perform(owner.as(post("/collaborations/batch").with(csrf()).header("HX-Request", "true")
                        .param("view", "campaign-tab").param("campaign", spring.toString())
                        .param("action", "status").param("batchStatus", "FULFILLING").param("ids", omar.toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT, containsString("1 collaboration changed to Fulfilling."),
                        containsString("name=\"view\" value=\"campaign-tab\""), not(containsString("Zoe Alvarez")))));
        assertThat(jdbc.queryForObject("select status from collaborations where id = ?", String.class, omar)).isEqualTo("FULFILLING");
    }

    @Test
    void theCreatorTabListsTheirCollaborationsInEveryCampaign() throws Exception {
        mvc.perform(owner.as(get("/collaborations/creators/" + jane + "/tab")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(FRAGMENT, containsString("Spring Trail Launch"), containsString("Summer Hiking"),
                        containsString("href=\"/collaborations/new?creator=" + jane + "\""), not(containsString("Omar Haddad")))));
        mvc.perform(owner.as(get("/collaborations/new?creator=" + jane)))
                .andExpect(content().string(containsString("<option value=\"" + jane + "\" selected=\"selected\">Jane Doe (@janetrails)</option>")));
    }

    @Test
    void theListIsEmptyWithAFirstStepForANewOrganization() throws Exception {
        SignedIn fresh = TestAccounts.signUp(mvc, "Fresh Brand");
        mvc.perform(fresh.as(get("/collaborations")))
                .andExpect(content().string(allOf(containsString("No collaborations yet"), containsString("New Collaboration"))));
    }

    static final org.hamcrest.Matcher<String> FRAGMENT = not(containsString("<html"));

    private static String link(String html, String rel) {
        Matcher matcher = Pattern.compile("href=\"([^\"]+)\"[^>]*rel=\"" + rel + "\"").matcher(html);
        assertThat(matcher.find()).as("a " + rel + " link").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
