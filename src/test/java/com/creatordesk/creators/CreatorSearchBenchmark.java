package com.creatordesk.creators;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.creatordesk.IntegrationTest;
import com.creatordesk.RenderAlone;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorFilter;
import com.creatordesk.creators.domain.CreatorQuery;
import com.creatordesk.creators.domain.CreatorSort;
import com.creatordesk.creators.domain.PageCursor;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rerunnable benchmark, not part of the normal build (its name is not a test name surefire picks up, and it
 * only runs with -Dbenchmark=true):
 *
 * <pre>./mvnw -o test -Dtest=CreatorSearchBenchmark -Dbenchmark=true</pre>
 *
 * Loads 50,000 creators into one organization and reports, side by side: search-as-you-type through the
 * whole HTTP stack (security, session, controller, template) against the same SQL query alone and against a
 * benchmark-only endpoint that serves that SQL through the same stack with rows written by hand, and against the
 * endpoint's own template rendered alone from the same model (the floor of any request that renders it), and the list
 * at page 1 against deep in the list (keyset), with OFFSET for contrast. Written to
 * target/benchmark/creator-search.md. MockMvc runs every servlet filter of the app (Spring Session in the
 * database, Spring Security, CSRF) but does not record requests for failure reports (print=none), which
 * the shared test context does and which would be counted otherwise.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.test.mockmvc.print=none")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@Import(CreatorSearchBenchmark.MinimalEndpointConfiguration.class)
class CreatorSearchBenchmark {

    static final int CREATORS = 50_000;
    static final int WARMUP = 30;
    static final int RUNS = 100;
    /**
     * Requests of every kind measured, unmeasured, before anything is measured: until the JIT compiler has
     * compiled the request path (thousands of calls) a request costs several times what it does in a running
     * server, and the first rows of the report would measure that instead.
     */
    static final int WARM_UPS = Integer.getInteger("benchmark.warm-ups", 200);
    static final List<String> QUERIES = List.of("a", "ann", "smith", "maria gar", "@lena.", "example.com", "zzqx");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    ThymeleafViewResolver views;

    final List<String> report = new ArrayList<>();

    @Test
    void searchAndPaging() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Benchmark Co");
        UUID organization = jdbc.queryForObject("select organization_id from members where email = ?", UUID.class, owner.email());
        UUID member = jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email());
        long loading = System.nanoTime();
        BenchmarkPool.load(jdbc, organization, CREATORS);
        jdbc.execute("vacuum analyze creators");
        line("Loaded %,d creators in %.1f s (PostgreSQL %s).", CREATORS, (System.nanoTime() - loading) / 1e9,
                jdbc.queryForObject("show server_version", String.class));
        line("");
        line("Median and 95th percentile of %d runs after %d warm-up runs, in milliseconds.", RUNS, WARMUP);
        line("");
        for (int round = 0; round < WARM_UPS; round++) {
            for (String q : QUERIES) {
                mvc.perform(owner.as(htmx(get("/creators").param("q", q)))).andReturn();
                mvc.perform(owner.as(get(MinimalSearch.PATH).param("q", q))).andReturn();
            }
            mvc.perform(owner.as(htmx(get("/creators").param("sort", CreatorSort.values()[round % 4].name())))).andReturn();
        }
        line("After %,d unmeasured requests (the JIT's warm-up).", WARM_UPS * (2 * QUERIES.size() + 1));
        line("");
        line("How loaded the machine is while measuring: `select 1` round trip %s; the HTTP stack alone (session in the "
                + "database, security, layout advice, a small template: the Quick Add form fragment) %s; load average %s.",
                time(() -> jdbc.queryForObject("select 1", Integer.class)),
                time(() -> mvc.perform(owner.as(htmx(get("/creators/quick-add")))).andReturn()),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        line("");
        // A query that matches nothing: what a request costs besides its query and its rows (session, security,
        // handler, the empty state), to tell the fixed cost of any request apart from the cost of the results.
        CreatorQuery nothing = new CreatorQuery(organization, member, CreatorFilter.search("zzqx"));
        String nothingSql = nothing.pageSql(null, 26);
        RenderAlone nothingRendered = RenderAlone.of(mvc.perform(owner.as(htmx(get("/creators").param("q", "zzqx")))).andReturn(), views);
        Stats[] empty = timeEach(() -> mvc.perform(owner.as(htmx(get("/creators").param("q", "zzqx")))).andReturn(),
                () -> named.queryForList(nothingSql, nothing.params()),
                () -> mvc.perform(owner.as(get(MinimalSearch.PATH).param("q", "zzqx"))).andReturn(),
                nothingRendered::render);
        double fixed = empty[0].median() - empty[1].median();
        line("| search-as-you-type q | endpoint (MockMvc, htmx) median / p95 | SQL alone median / p95 | ratio of medians "
                + "| endpoint minus the fixed request cost (%.2f ms) | its ratio to SQL alone "
                + "| minimal endpoint: the same SQL behind the same stack, rows written by hand | endpoint / minimal endpoint "
                + "| the endpoint's template rendered alone (same model, no request, no SQL) | rendering alone / SQL alone |", fixed);
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String q : QUERIES) {
            CreatorQuery query = new CreatorQuery(organization, member, CreatorFilter.search(q));
            String sql = query.pageSql(null, 26);
            RenderAlone rendered = RenderAlone.of(mvc.perform(owner.as(htmx(get("/creators").param("q", q)))).andReturn(), views);
            Stats[] measured = q.equals("zzqx") ? empty : timeEach(() -> mvc.perform(owner.as(htmx(get("/creators").param("q", q)))).andReturn(),
                    () -> named.queryForList(sql, query.params()),
                    () -> mvc.perform(owner.as(get(MinimalSearch.PATH).param("q", q))).andReturn(),
                    rendered::render);
            Stats endpoint = measured[0];
            Stats alone = measured[1];
            Stats minimal = measured[2];
            Stats render = measured[3];
            line("| `%s` | %s | %s | %.1f× | %.2f | %.1f× | %s | %.1f× | %s | %.1f× |", q, endpoint, alone, endpoint.median() / alone.median(),
                    endpoint.median() - fixed, (endpoint.median() - fixed) / alone.median(), minimal,
                    endpoint.median() / minimal.median(), render, render.median() / alone.median());
        }
        line("");
        line("The fixed request cost is the median of a search that matches nothing (`zzqx`) minus its SQL: the signed-in "
                + "session read from PostgreSQL, Spring Security's filters, the handler and the empty state. Every request "
                + "pays it whatever it asks for. The minimal endpoint is a benchmark-only controller that runs the same SQL "
                + "for the signed-in member's organization and writes each row's name, email, handles and figures into a "
                + "table by hand: what serving that query through this stack (MockMvc, the session in PostgreSQL, Spring "
                + "Security, Spring MVC) costs at the least. The template rendered alone is the same view rendered again from the "
                + "same model, with no filter, session, handler or SQL around it (and without the asset links' hashes, so a "
                + "little less than in the app): a request that runs the query and renders this page costs at least the two "
                + "together, so wherever rendering alone takes longer than the query, no such request can be within 2× of it.");
        line("");
        line("| list sort | page 1 (endpoint) | page at row 40,000 (endpoint, keyset) | page 1 SQL | row 40,000 SQL keyset | row 40,000 SQL OFFSET |");
        line("|---|---|---|---|---|---|");
        for (CreatorSort sort : List.of(CreatorSort.NAME, CreatorSort.FOLLOWERS, CreatorSort.ENGAGEMENT, CreatorSort.RECENT)) {
            PageCursor deep = cursorAt(organization, sort, 40_000);
            CreatorQuery firstQuery = new CreatorQuery(organization, member, CreatorFilter.none().sortedBy(sort));
            String firstSql = firstQuery.pageSql(null, 26);
            CreatorQuery farQuery = new CreatorQuery(organization, member, CreatorFilter.none().sortedBy(sort));
            String farSql = farQuery.pageSql(deep, 26);
            String offsetSql = firstSql.replace("limit :limit", "limit :limit offset 40000");
            // Page 1 and the deep page (and their SQL) in turn, run after run: the same conditions for both.
            Stats[] pages = timeEach(() -> mvc.perform(owner.as(htmx(get("/creators").param("sort", sort.name())))).andReturn(),
                    () -> mvc.perform(owner.as(htmx(get("/creators").param("sort", sort.name()).param("after", deep.token()))))
                            .andReturn(),
                    () -> named.queryForList(firstSql, firstQuery.params()),
                    () -> named.queryForList(farSql, farQuery.params()));
            line("| %s | %s | %s | %s | %s | %s |", sort.label(), pages[0], pages[1], pages[2], pages[3],
                    time(() -> named.queryForList(offsetSql, firstQuery.params())));
        }
        line("");
        Stats fullPage = time(() -> mvc.perform(owner.as(get("/creators"))).andReturn());
        Stats count = time(() -> mvc.perform(owner.as(get("/creators/count").param("q", "ann"))).andReturn());
        line("Full list page (layout, filters, tag choices): %s. Match count for `ann` (loaded separately): %s.", fullPage, count);
        line("");
        CreatorQuery plan = new CreatorQuery(organization, member, CreatorFilter.search("smith"));
        line("Plan of the search query for `smith`:");
        line("```");
        explain(plan.pageSql(null, 26), plan.params().getValues());
        CreatorQuery deepPlan = new CreatorQuery(organization, member, CreatorFilter.none());
        line("```");
        line("Plan of the name-sorted page at row 40,000:");
        line("```");
        explain(deepPlan.pageSql(cursorAt(organization, CreatorSort.NAME, 40_000), 26), deepPlan.params().getValues());
        line("```");
        Path file = Path.of("target", "benchmark", "creator-search.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", report) + "\n");
        System.out.println("\n" + String.join("\n", report) + "\nWritten to " + file.toAbsolutePath());
    }

    private PageCursor cursorAt(UUID organization, CreatorSort sort, int row) {
        String key = switch (sort) {
            case NAME -> "lower(display_name)::text";
            case FOLLOWERS -> "coalesce(followers, -1)::text";
            case ENGAGEMENT -> "coalesce(engagement_rate, -1)::text";
            default -> "to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
        };
        String order = sort == CreatorSort.NAME ? "lower(display_name), id" : switch (sort) {
            case FOLLOWERS -> "coalesce(followers, -1) desc, id desc";
            case ENGAGEMENT -> "coalesce(engagement_rate, -1) desc, id desc";
            default -> "created_at desc, id desc";
        };
        Map<String, Object> at = jdbc.queryForMap("select " + key + " as k, id from creators where organization_id = ? order by "
                + order + " offset ? limit 1", organization, row);
        return new PageCursor((String) at.get("k"), (UUID) at.get("id"), false);
    }

    private void explain(String sql, Map<String, Object> params) {
        named.queryForList("explain (analyze, costs off, timing on) " + sql, params, String.class).forEach(this::line);
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    /** Times kinds of work in turn, run after run, so all meet the same conditions on a shared machine. */
    private static Stats[] timeEach(Callable<?>... work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            for (Callable<?> each : work) {
                each.call();
            }
        }
        List<List<Double>> millis = new ArrayList<>();
        for (Callable<?> each : work) {
            millis.add(new ArrayList<>());
        }
        for (int i = 0; i < RUNS; i++) {
            for (int w = 0; w < work.length; w++) {
                millis.get(w).add(millis(work[w]));
            }
        }
        return millis.stream().map(CreatorSearchBenchmark::stats).toArray(Stats[]::new);
    }

    private static double millis(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static Stats stats(List<Double> millis) {
        Collections.sort(millis);
        return new Stats(millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)));
    }

    private static Stats time(Callable<?> work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            millis.add(millis(work));
        }
        return stats(millis);
    }

    private void line(String format, Object... args) {
        report.add(args.length == 0 ? format : String.format(format, args));
    }

    record Stats(double median, double p95) {
        @Override
        public String toString() {
            return String.format("%.2f / %.2f", median, p95);
        }
    }

    /** Registers the minimal endpoint, for this benchmark only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MinimalEndpointConfiguration {

        @Bean
        MinimalSearch minimalSearch(Members members, NamedParameterJdbcTemplate named) {
            return new MinimalSearch(members, named);
        }
    }

    /**
     * The least an endpoint serving the search can do through the app's stack: the signed-in member's organization,
     * the list's own SQL, and the rows written by hand (no template, no transaction, no view model).
     */
    @Controller
    static class MinimalSearch {

        static final String PATH = "/benchmark/minimal-search";

        private final Members members;
        private final NamedParameterJdbcTemplate named;

        MinimalSearch(Members members, NamedParameterJdbcTemplate named) {
            this.members = members;
            this.named = named;
        }

        @GetMapping(value = PATH, produces = "text/html")
        @ResponseBody
        String search(@RequestParam String q) {
            CurrentMember me = members.requireCurrent();
            CreatorQuery query = new CreatorQuery(me.organizationId().value(), me.id().value(), CreatorFilter.search(q));
            List<Map<String, Object>> rows = named.queryForList(query.pageSql(null, 26), query.params());
            StringBuilder html = new StringBuilder("<table>");
            rows.stream().limit(25).forEach(row -> html.append("<tr><td><a href=\"/creators/").append(row.get("id")).append("\">")
                    .append(HtmlUtils.htmlEscape(String.valueOf(row.get("display_name")))).append("</a> ")
                    .append(HtmlUtils.htmlEscape(String.valueOf(row.get("primary_email")))).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(String.valueOf(row.get("handles")))).append("</td><td>").append(row.get("followers"))
                    .append("</td><td>").append(row.get("engagement_rate")).append("</td><td>").append(row.get("country"))
                    .append("</td><td>").append(HtmlUtils.htmlEscape(String.valueOf(row.get("tags")))).append("</td><td>")
                    .append(row.get("favourite")).append("</td></tr>"));
            return html.append("</table>").toString();
        }
    }
}
