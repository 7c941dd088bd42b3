package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.identity.Tenancy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Creators list: search-as-you-type, combinable filters, sorts, keyset paging, empty states. */
@IntegrationTest
class CreatorListIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;
    @Autowired
    CreatorEdits edits;

    SignedIn owner;
    PoolFixture fixture;

    @BeforeEach
    void pool() throws Exception {
        owner = TestAccounts.signUp(mvc, "List Co");
        fixture = new PoolFixture(pool, jdbc);
        fixture.add(owner, "Jane Doe", Platform.INSTAGRAM, "janedoe", 120_000L, "3.20", "jane@doe.com", "DE", List.of("vip", "beauty"));
        fixture.add(owner, "Mia Rossi", Platform.TIKTOK, "miarossi", 45_000L, "7.50", null, "IT", List.of("beauty"));
        fixture.add(owner, "Leo Park", Platform.YOUTUBE, "leoparktv", 900_000L, "1.10", "leo@park.tv", "KR", List.of());
        fixture.add(owner, "Ana Lima", Platform.TIKTOK, "analima", 8_000L, "12.00", "ana@lima.br", "BR", List.of("vip"));
        fixture.add(owner, "Tom Berg", Platform.X, "tomberg", null, null, "tom@berg.se", "SE", List.of());
    }

    @Test
    void eachRowShowsTheCreatorWithAvatarOrInitialHandlesFiguresAndStar() throws Exception {
        UUID jane = jdbc.queryForObject("select id from creators where display_name = 'Jane Doe' and organization_id = "
                + "(select organization_id from members where email = ?)", UUID.class, owner.email());
        jdbc.update("update creators set avatar_url = 'https://cdn.example.com/jane.jpg' where id = ?", jane);
        mvc.perform(owner.as(post("/creators/" + jane + "/favourite").with(csrf()))).andExpect(status().is3xxRedirection());

        Elements rows = fragment(get("/creators").param("q", "a")).select("table.creators-table tbody tr");
        Element janeRow = rows.stream().filter(row -> row.select(".person-text strong").text().equals("Jane Doe")).findFirst().orElseThrow();
        assertThat(janeRow.select("input.creator-check").attr("aria-label")).isEqualTo("Select Jane Doe");
        assertThat(janeRow.select("img.avatar").attr("src")).isEqualTo("https://cdn.example.com/jane.jpg");
        assertThat(janeRow.select("span.avatar")).isEmpty();
        assertThat(janeRow.select(".person-text a").attr("href")).isEqualTo("/creators/" + jane);
        assertThat(janeRow.select(".handle-chip").text()).contains("Instagram").contains("janedoe");
        assertThat(janeRow.select("button.star").attr("formaction")).isEqualTo("/creators/" + jane + "/favourite");
        assertThat(janeRow.select("button.star").attr("hx-post")).isEqualTo("/creators/" + jane + "/favourite");
        assertThat(janeRow.select("button.star").attr("aria-pressed")).isEqualTo("true");
        assertThat(janeRow.select("button.star").attr("aria-label")).isEqualTo("Remove Jane Doe from favourites");

        Element mia = rows.stream().filter(row -> row.select(".person-text strong").text().equals("Mia Rossi")).findFirst().orElseThrow();
        assertThat(mia.select("img.avatar")).isEmpty();
        assertThat(mia.select("span.avatar").text()).isEqualTo("M");
        assertThat(mia.select("button.star").attr("aria-pressed")).isEqualTo("false");
        assertThat(mia.select("button.star").attr("aria-label")).isEqualTo("Add Mia Rossi to favourites");
    }

    @Test
    void searchAsYouTypeMatchesNamesHandlesAndEmailsIgnoringCase() throws Exception {
        Document page = html(get("/creators"));
        assertThat(page.selectFirst("input#q").attr("hx-trigger")).isEqualTo("input changed delay:250ms, search");
        assertThat(names(page)).containsExactly("Ana Lima", "Jane Doe", "Leo Park", "Mia Rossi", "Tom Berg");

        assertThat(names(fragment(get("/creators").param("q", "ROSS")))).containsExactly("Mia Rossi");
        assertThat(names(fragment(get("/creators").param("q", "@leopark")))).containsExactly("Leo Park");
        assertThat(names(fragment(get("/creators").param("q", "berg.se")))).containsExactly("Tom Berg");
        assertThat(names(fragment(get("/creators").param("q", "a lima")))).containsExactly("Ana Lima");
        assertThat(names(fragment(get("/creators").param("q", "100%_")))).isEmpty();
        Document results = fragment(get("/creators").param("q", "ross"));
        assertThat(results.select("nav.sidebar")).as("an htmx request gets only the results").isEmpty();
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(names(fragment(get("/creators").param("platform", "TIKTOK")))).containsExactly("Ana Lima", "Mia Rossi");
        assertThat(names(fragment(get("/creators").param("tag", "vip")))).containsExactly("Ana Lima", "Jane Doe");
        assertThat(names(fragment(get("/creators").param("tag", " VIP ")))).as("the tag filter ignores case")
                .containsExactly("Ana Lima", "Jane Doe");
        assertThat(names(fragment(get("/creators").param("minFollowers", "40000").param("maxFollowers", "200000"))))
                .containsExactly("Jane Doe", "Mia Rossi");
        assertThat(names(fragment(get("/creators").param("minEngagement", "5")))).containsExactly("Ana Lima", "Mia Rossi");
        assertThat(names(fragment(get("/creators").param("maxEngagement", "2")))).containsExactly("Leo Park");
        assertThat(names(fragment(get("/creators").param("email", "no")))).containsExactly("Mia Rossi");
        assertThat(names(fragment(get("/creators").param("email", "yes")))).hasSize(4);
        assertThat(names(fragment(get("/creators").param("country", "BR")))).containsExactly("Ana Lima");
        assertThat(names(fragment(get("/creators").param("platform", "TIKTOK").param("tag", "vip").param("email", "yes"))))
                .containsExactly("Ana Lima");
        assertThat(names(fragment(get("/creators").param("platform", "TIKTOK").param("tag", "vip").param("email", "no"))))
                .isEmpty();
        assertThat(names(fragment(get("/creators").param("minFollowers", "lots")))).as("an unreadable figure is not applied")
                .hasSize(5);

        UUID leo = idOf("Leo Park");
        Tenancy.runAs(fixture.organizationOf(owner), () -> edits.startTracking(leo, "Big channel"));
        assertThat(names(fragment(get("/creators").param("tracked", "true")))).containsExactly("Leo Park");
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "favourite")
                .param("ids", idOf("Mia Rossi").toString(), idOf("Tom Berg").toString()))).andExpect(status().is3xxRedirection());
        assertThat(names(fragment(get("/creators").param("favourites", "true")))).containsExactly("Mia Rossi", "Tom Berg");
        assertThat(names(fragment(get("/creators").param("favourites", "true").param("q", "tom")))).containsExactly("Tom Berg");

        SignedIn teammate = TestAccounts.signUp(mvc, "Another Co");
        assertThat(names(html(teammate, get("/creators").param("favourites", "true").header("HX-Request", "true")))).isEmpty();
    }

    @Test
    void sortsByNameFollowersEngagementAndRecentlyAdded() throws Exception {
        assertThat(names(fragment(get("/creators").param("sort", "FOLLOWERS"))))
                .containsExactly("Leo Park", "Jane Doe", "Mia Rossi", "Ana Lima", "Tom Berg");
        assertThat(names(fragment(get("/creators").param("sort", "ENGAGEMENT"))))
                .containsExactly("Ana Lima", "Mia Rossi", "Jane Doe", "Leo Park", "Tom Berg");
        assertThat(names(fragment(get("/creators").param("sort", "RECENT"))))
                .containsExactly("Tom Berg", "Ana Lima", "Leo Park", "Mia Rossi", "Jane Doe");
    }

    @Test
    void pagesThroughEveryCreatorOnceForwardAndBackInEachSort() throws Exception {
        for (int i = 0; i < 60; i++) {
            fixture.add(owner, String.format("Paged %02d", i), Platform.INSTAGRAM, "paged" + i, (long) (i % 7) * 1000,
                    null, null, null, List.of());
        }
        for (String sort : List.of("NAME", "FOLLOWERS", "ENGAGEMENT", "RECENT")) {
            List<String> seen = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            String url = "/creators?sort=" + sort;
            while (url != null) {
                pages.add(url);
                Document page = fragment(get(url));
                seen.addAll(names(page));
                url = page.selectFirst("a[rel=next]") == null ? null : page.selectFirst("a[rel=next]").attr("href");
            }
            assertThat(seen).as(sort).hasSize(65);
            assertThat(new LinkedHashSet<>(seen)).as(sort + ": no creator twice").hasSize(65);
            assertThat(pages).hasSize(3);

            Document last = fragment(get(pages.get(2)));
            Document back = fragment(get(last.selectFirst("a[rel=prev]").attr("href")));
            assertThat(names(back)).isEqualTo(names(fragment(get(pages.get(1)))));
        }
        assertThat(names(fragment(get("/creators?after=not-a-cursor")))).as("a tampered cursor starts over").hasSize(25);
    }

    @Test
    void emptyPoolAndNoMatchHaveTheirOwnEmptyStatesAndCountsAreShown() throws Exception {
        SignedIn fresh = TestAccounts.signUp(mvc, "Empty Co");
        assertThat(html(fresh, get("/creators")).text()).contains("Your Creator Pool is empty");
        assertThat(fragment(get("/creators").param("q", "nobody-like-this")).text()).contains("No creators match");
        assertThat(html(get("/creators/count").param("platform", "TIKTOK")).text()).isEqualTo("2 creators");
        assertThat(html(get("/creators/count").param("q", "lima")).text()).isEqualTo("1 creator");
    }

    @Test
    void thePickerAnswersOptionsForOtherModulesForms() throws Exception {
        Document options = html(get("/creators/picker").param("q", "jane"));
        assertThat(options.select("option")).hasSize(1);
        assertThat(options.selectFirst("option").attr("value")).isEqualTo(idOf("Jane Doe").toString());
        assertThat(options.selectFirst("option").text()).isEqualTo("Jane Doe (@janedoe)");
        assertThat(html(get("/creators/picker").param("q", "zzz")).text()).isEqualTo("No creators match");
    }

    private UUID idOf(String name) {
        return jdbc.queryForObject("select c.id from creators c join members m on m.organization_id = c.organization_id "
                + "where m.email = ? and c.display_name = ?", UUID.class, owner.email(), name);
    }

    private Document fragment(MockHttpServletRequestBuilder request) throws Exception {
        return html(owner, request.header("HX-Request", "true"));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return html(owner, request);
    }

    private Document html(SignedIn member, MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(member.as(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(body);
    }

    static List<String> names(Document page) {
        return page.select("table.creators-table tbody tr .person-text strong").eachText();
    }

    static Set<String> unique(List<String> names) {
        return new LinkedHashSet<>(names);
    }
}
