package com.creatordesk.collaborations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.IntegrationTest;
import com.creatordesk.RenderAlone;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import com.creatordesk.identity.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The collaboration list and batch changes at 100,000 collaborations over 50,000 creators. Not part of
 * {@code ./mvnw verify} (the name does not end in Tests, and it only runs with {@code -Dbenchmark=true}):
 *
 * <pre>CREATORDESK_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *   ./mvnw -o test -Dtest=CollaborationListBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Prints, side by side in one run: the filtered, sorted list (the htmx request the filters send, and the
 * whole page) against the raw SQL for the same rows with a minimal render, called directly and behind the app's
 * stack (a benchmark-only endpoint: session, security, Spring MVC), and against the list's own template rendered
 * alone from the same model; the first page against a page 19,000 rows
 * deep; and a batch status change of 500 collaborations with their history rows. It asserts only that the pages
 * are full and the batch applied, never a duration.
 */
@IntegrationTest
// MockMvc otherwise keeps a printout of every request for failure reports, which is work the app never does
@TestPropertySource(properties = "spring.test.mockmvc.print=none")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@Import(CollaborationListBenchmark.MinimalEndpointConfiguration.class)
class CollaborationListBenchmark {

    static final int COLLABORATIONS = 100_000;
    static final int CREATORS = 50_000;
    static final int CAMPAIGNS = 20;
    static final int RUNS = 51;
    /**
     * Unmeasured rounds first: until the JIT compiler has compiled the request path (thousands of calls), a
     * request costs several times what it does in a running server, and that would be measured instead.
     */
    static final int WARM_UPS = Integer.getInteger("benchmark.warm-ups", 150);
    /**
     * Unmeasured batches first, for the same reason: the list's warm-up leaves the batch's own path (loading 500
     * collaborations, Hibernate's flush of their updates and history rows) still to be compiled.
     */
    static final int BATCH_WARM_UPS = Integer.getInteger("benchmark.batch-warm-ups", 3);
    static final String FILTER = "status=NEGOTIATING&sort=creator";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ThymeleafViewResolver views;

    @Test
    void listPagesAndBatchChangesAtScale() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Benchmark Brand");
        UUID organization = TestCollaborations.organizationOf(jdbc, owner).value();
        long seeding = System.nanoTime();
        seed(jdbc, organization);
        System.out.printf("%nSeeded %,d collaborations over %,d creators and %d campaigns in %.1f s%n", COLLABORATIONS, CREATORS,
                CAMPAIGNS, (System.nanoTime() - seeding) / 1e9);

        String deepCursor = jdbc.queryForObject("select id::text from collaborations where organization_id = ? and status = 'NEGOTIATING' "
                + "order by lower(creator_name), id offset 19000 limit 1", String.class, organization);
        String secondCursor = jdbc.queryForObject("select id::text from collaborations where organization_id = ? and status = 'NEGOTIATING' "
                + "order by lower(creator_name), id offset 24 limit 1", String.class, organization);
        String deepNewest = jdbc.queryForObject("select id::text from collaborations where organization_id = ? "
                + "order by created_at desc, id desc offset 90000 limit 1", String.class, organization);
        RenderAlone listRendered = RenderAlone.of(mvc.perform(owner.as(get("/collaborations?" + FILTER).header("HX-Request", "true")))
                .andReturn(), views);
        assertThat(listRendered.render()).contains("collaboration");
        // Measured interleaved, so that every figure sees the same load on the machine.
        Map<String, Runnable> work = new LinkedHashMap<>();
        work.put("list", () -> page(owner, "/collaborations?" + FILTER, true));
        work.put("render", () -> {
            try {
                listRendered.render();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        work.put("page", () -> page(owner, "/collaborations?" + FILTER, false));
        work.put("raw", () -> assertThat(raw(jdbc, organization, null)).contains("<tr>"));
        work.put("minimal", () -> page(owner, MinimalList.PATH, false));
        work.put("listSecond", () -> page(owner, "/collaborations?" + FILTER + "&after=" + secondCursor, true));
        work.put("listDeep", () -> page(owner, "/collaborations?" + FILTER + "&after=" + deepCursor, true));
        work.put("rawDeep", () -> assertThat(raw(jdbc, organization, UUID.fromString(deepCursor))).contains("<tr>"));
        work.put("newest", () -> page(owner, "/collaborations", true));
        work.put("newestDeep", () -> page(owner, "/collaborations?after=" + deepNewest, true));
        work.put("floor", () -> page(owner, "/collaborations/count?campaign=" + UUID.randomUUID(), true));
        work.put("count", () -> page(owner, "/collaborations/count?" + FILTER, true));
        work.put("search", () -> page(owner, "/collaborations?q=creator 04217", true));
        Map<String, Double> ms = medians(work);
        double raw = ms.get("raw");

        System.out.printf("%nCollaboration list, %,d collaborations (median of %d interleaved runs after %d unmeasured; load average %s)%n",
                COLLABORATIONS, RUNS, WARM_UPS, loadAverage());
        System.out.printf("  filtered + sorted (%s), page 1:%n", FILTER);
        System.out.printf("    list request (htmx: what filters and paging load)   %8.1f ms  = %.1f × raw%n", ms.get("list"), ms.get("list") / raw);
        System.out.printf("    whole page (layout, filter options)                 %8.1f ms  = %.1f × raw%n", ms.get("page"), ms.get("page") / raw);
        System.out.printf("    raw SQL for the same rows + minimal render          %8.1f ms%n", raw);
        System.out.printf("    request floor (sign-in session, security, layout; %8.1f ms%n", ms.get("floor"));
        System.out.printf("      a request whose handler does one trivial count)%n");
        System.out.printf("    minimal endpoint: the same raw SQL and render     %8.1f ms  (list request = %.1f × it)%n", ms.get("minimal"),
                ms.get("list") / ms.get("minimal"));
        System.out.printf("      behind the same stack (session, security, MVC)%n");
        System.out.printf("    list request above the floor                        %8.1f ms  = %.1f × raw%n",
                ms.get("list") - ms.get("floor"), (ms.get("list") - ms.get("floor")) / raw);
        System.out.printf("    the list request's template rendered alone          %8.1f ms  = %.1f × raw%n", ms.get("render"),
                ms.get("render") / raw);
        System.out.printf("      (same model; no request, session, security, handler or SQL; a request that runs%n");
        System.out.printf("      the rows' SQL and renders this template costs at least the two together)%n");
        System.out.printf("  page 1 vs 19,000 rows deep (same filter and order):%n");
        System.out.printf("    list request   %8.1f ms  vs %8.1f ms deep%n", ms.get("list"), ms.get("listDeep"));
        System.out.printf("    list request, page 2 (whose pager has the same links as the deep page's) %.1f ms%n", ms.get("listSecond"));
        System.out.printf("    raw SQL        %8.1f ms  vs %8.1f ms deep%n", raw, ms.get("rawDeep"));
        System.out.printf("  newest first, no filter: page 1 %.1f ms vs 90,000 rows deep %.1f ms%n", ms.get("newest"), ms.get("newestDeep"));
        System.out.printf("  count of the filtered list (its own request) %.1f ms; search by creator name %.1f ms%n", ms.get("count"), ms.get("search"));

        batch(owner, organization);
    }

    private void batch(SignedIn owner, UUID organization) throws Exception {
        System.out.printf("%nBatch status change of 500 collaborations (each with its history entry)%n");
        List<Double> times = new ArrayList<>();
        for (int round = -BATCH_WARM_UPS; round < 5; round++) {
            List<String> ids = jdbc.queryForList("select id::text from collaborations where organization_id = ? and status = 'PENDING' "
                    + "order by created_at limit 500", String.class, organization);
            MockHttpServletRequestBuilder request = post("/collaborations/batch").with(csrf()).header("HX-Request", "true")
                    .param("action", "status").param("batchStatus", "COMPLETED").param("status", "COMPLETED");
            ids.forEach(id -> request.param("ids", id));
            int entriesBefore = jdbc.queryForObject("select count(*) from collaboration_activities where organization_id = ?", Integer.class, organization);
            long start = System.nanoTime();
            String html = mvc.perform(owner.as(request)).andReturn().getResponse().getContentAsString();
            double ms = (System.nanoTime() - start) / 1e6;
            assertThat(html).contains("500 collaborations changed to Completed.");
            assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where organization_id = ?", Integer.class, organization))
                    .isEqualTo(entriesBefore + 500);
            if (round < 0) {
                System.out.printf("  unmeasured round %d: %.0f ms%s%n", round + BATCH_WARM_UPS + 1, ms,
                        round == -BATCH_WARM_UPS ? " (the first batch since the app started: the JIT compiler is still compiling its path)" : "");
                continue;
            }
            times.add(ms);
            System.out.printf("  round %d: %.0f ms (request: load 500, change, write 500 updates + 500 history rows, re-render the list)%n",
                    round + 1, ms);
        }
        Collections.sort(times);
        System.out.printf("  median %.0f ms (load average %s)%n", times.get(times.size() / 2), loadAverage());
        List<Double> rawTimes = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            jdbc.update("""
                    with chosen as (select id from collaborations where organization_id = ? and status = 'PENDING' order by created_at limit 500),
                    changed as (update collaborations c set status = 'COMPLETED', updated_at = now(), version = version + 1
                                from chosen where c.id = chosen.id returning c.id, c.organization_id)
                    insert into collaboration_activities (id, organization_id, collaboration_id, kind, occurred_at, actor_name, from_status, to_status)
                    select gen_random_uuid(), organization_id, id, 'STATUS_CHANGED', now(), 'Raw SQL', 'PENDING', 'COMPLETED' from changed""",
                    organization);
            rawTimes.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(rawTimes);
        System.out.printf("  the same change in one raw SQL statement (500 updates + 500 history rows): median %.0f ms%n",
                rawTimes.get(rawTimes.size() / 2));
    }

    private void page(SignedIn owner, String url, boolean htmx) {
        MockHttpServletRequestBuilder request = get(url);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        try {
            String html = mvc.perform(owner.as(request)).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("collaboration");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same 25 rows straight from SQL (the campaign name is kept on each row, as the list reads it), rendered as bare table rows. */
    static String raw(JdbcTemplate jdbc, UUID organization, UUID after) {
        String cursor = after == null ? "" : " and (lower(c.creator_name), c.id) > (select lower(creator_name), id from collaborations where id = '" + after + "')";
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.id, c.creator_name, c.creator_handle, c.status, c.cost_amount, c.cost_currency, c.post_count, c.tags::text as tags,
                       c.created_at, c.campaign_name as campaign
                from collaborations c
                where c.organization_id = ? and c.status = 'NEGOTIATING'""" + cursor + """
                 order by lower(c.creator_name), c.id limit 26""", organization);
        StringBuilder html = new StringBuilder("<table>");
        rows.stream().limit(25).forEach(row -> html.append("<tr><td><a href=\"/collaborations/").append(row.get("id")).append("\">")
                .append(HtmlUtils.htmlEscape(String.valueOf(row.get("creator_name")))).append("</a> ")
                .append(HtmlUtils.htmlEscape(String.valueOf(row.get("creator_handle")))).append("</td><td>")
                .append(HtmlUtils.htmlEscape(String.valueOf(row.get("campaign")))).append("</td><td>").append(row.get("status"))
                .append("</td><td>").append(row.get("cost_amount")).append(' ').append(row.get("cost_currency")).append("</td><td>")
                .append(row.get("post_count")).append("</td><td>").append(HtmlUtils.htmlEscape(String.valueOf(row.get("tags"))))
                .append("</td><td>").append(row.get("created_at")).append("</td></tr>"));
        assertThat(rows).hasSize(26);
        return html.append("</table>").toString();
    }

    private static Map<String, Double> medians(Map<String, Runnable> work) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = -WARM_UPS; run < RUNS; run++) {
            for (Map.Entry<String, Runnable> item : work.entrySet()) {
                long start = System.nanoTime();
                item.getValue().run();
                if (run >= 0) {
                    times.computeIfAbsent(item.getKey(), key -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((key, list) -> {
            Collections.sort(list);
            medians.put(key, list.get(list.size() / 2));
        });
        return medians;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Bulk inserts through SQL: campaigns, creators with a handle each, collaborations with their Created entry. */
    static void seed(JdbcTemplate jdbc, UUID organization) {
        jdbc.update("""
                insert into campaigns (id, organization_id, name, status, budget_currency, attribution_keywords, created_by, created_at, updated_at)
                select gen_random_uuid(), ?, 'Benchmark campaign ' || lpad(i::text, 2, '0'), 'ACTIVE', 'USD', '{}', gen_random_uuid(),
                       now() - i * interval '1 day', now()
                from generate_series(1, ?) i""", organization, CAMPAIGNS);
        jdbc.update("""
                insert into creators (id, organization_id, display_name, search_text, created_at, updated_at)
                select gen_random_uuid(), ?, 'Creator ' || lpad(i::text, 5, '0') || ' ' || (array['Ava', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'])[1 + i % 6],
                       'creator ' || lpad(i::text, 5, '0'), now() - i * interval '1 minute', now()
                from generate_series(1, ?) i""", organization, CREATORS);
        jdbc.update("""
                insert into creator_handles (id, organization_id, creator_id, platform, handle, position)
                select gen_random_uuid(), organization_id, id, 'TIKTOK', 'handle' || replace(substr(display_name, 9, 5), ' ', ''), 0
                from creators where organization_id = ?""", organization);
        jdbc.update("""
                with numbered_creators as (
                    select id, display_name, row_number() over (order by display_name) - 1 as n from creators where organization_id = ?),
                numbered_campaigns as (
                    select id, name, row_number() over (order by name) - 1 as n from campaigns where organization_id = ?)
                insert into collaborations (id, organization_id, campaign_id, campaign_name, creator_id, status, cancellation_reason, cost_amount,
                    cost_currency, post_count, tags, creator_name, creator_handle, creator_search, created_at, updated_at, version)
                select gen_random_uuid(), ?, k.id, k.name, c.id,
                       (array['PENDING', 'NEGOTIATING', 'FULFILLING', 'COMPLETED', 'CANCELLED'])[1 + (i * 7) % 5],
                       case when (i * 7) % 5 = 4 then 'BUDGET_CUT' end,
                       case when i % 8 = 0 then null else 100 + (i * 37) % 5000 end, 'USD', 1 + i % 3,
                       case when i % 10 = 0 then array['VIP']::varchar(40)[] else '{}'::varchar(40)[] end,
                       c.display_name, '@handle' || c.n || ' · TikTok', lower(c.display_name) || ' @handle' || c.n,
                       now() - i * interval '1 minute', now(), 0
                from generate_series(0, ? - 1) i
                join numbered_creators c on c.n = i % ?
                join numbered_campaigns k on k.n = (i / ? + i) % ?""",
                organization, organization, organization, COLLABORATIONS, CREATORS, CREATORS, CAMPAIGNS);
        jdbc.update("""
                insert into collaboration_activities (id, organization_id, collaboration_id, kind, occurred_at, actor_name, to_status)
                select gen_random_uuid(), organization_id, id, 'CREATED', created_at, 'Olivia Owner', 'NEGOTIATING'
                from collaborations where organization_id = ?""", organization);
        jdbc.execute("vacuum analyze collaborations");
        jdbc.execute("vacuum analyze collaboration_activities");
        jdbc.execute("vacuum analyze campaigns");
        jdbc.execute("vacuum analyze creators");
    }

    /** Registers the minimal endpoint, for this benchmark only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MinimalEndpointConfiguration {

        @Bean
        MinimalList minimalList(Members members, JdbcTemplate jdbc) {
            return new MinimalList(members, jdbc);
        }
    }

    /**
     * The least an endpoint serving the list can do through the app's stack (session, security, Spring MVC): the
     * signed-in member's organization, then the raw SQL and render above; no template, no transaction.
     */
    @Controller
    static class MinimalList {

        static final String PATH = "/benchmark/minimal-collaborations";

        private final Members members;
        private final JdbcTemplate jdbc;

        MinimalList(Members members, JdbcTemplate jdbc) {
            this.members = members;
            this.jdbc = jdbc;
        }

        @GetMapping(value = PATH, produces = "text/html")
        @ResponseBody
        String list() {
            return raw(jdbc, members.requireCurrent().organizationId().value(), null);
        }
    }
}
