package com.creatordesk.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.campaigns.domain.CampaignListPage;
import com.creatordesk.campaigns.domain.CampaignListQuery;
import com.creatordesk.campaigns.domain.CampaignListing;
import com.creatordesk.campaigns.domain.CampaignOrder;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the campaign list's paging holds up deep in a large list. Not part of the test suite (the name does
 * not end in Tests); run it on its own and read the figures it prints:
 *
 * <pre>CREATORDESK_TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/postgres ./mvnw -o test -Dtest=CampaignListBenchmark</pre>
 *
 * It seeds 100,000 campaigns into one organization and 100,000 into 50 others, then times the first
 * page and a page 99,000 rows deep for every order, with and without a status filter, and a search; and
 * prints PostgreSQL's plan for the deep pages. It asserts only that pages are full, never a duration.
 */
@IntegrationTest
class CampaignListBenchmark {

    static final int ROWS = 100_000;
    static final int DEPTH = 99_000;
    static final int RUNS = 15;

    @Autowired
    CampaignListing listing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagingDeepInALargeListCostsAboutTheSameAsTheFirstPage() {
        OrganizationId organization = new OrganizationId(UUID.randomUUID());
        seed(organization.value(), ROWS, 0);
        for (int i = 0; i < 50; i++) {
            seed(UUID.randomUUID(), ROWS / 50, i);
        }
        // What autovacuum would have done by now: statistics, and the visibility map index-only scans need.
        jdbc.execute("vacuum analyze campaigns");

        System.out.printf("%nCampaign list, %,d campaigns in the organization (%,d in the table), median of %d runs%n",
                ROWS, jdbc.queryForObject("select count(*) from campaigns", Long.class), RUNS);
        System.out.printf("%-12s %-10s %12s %16s%n", "order", "filter", "first page", "page at " + DEPTH);
        for (CampaignOrder order : CampaignOrder.values()) {
            for (String status : new String[] {null, "ACTIVE"}) {
                for (boolean descending : new boolean[] {false, true}) {
                    UUID deep = rowAt(organization, order, descending, status);
                    var filter = status == null ? null : com.creatordesk.campaigns.CampaignStatus.valueOf(status);
                    double first = median(() -> page(organization, new CampaignListQuery(null, filter, order, descending, null, null, 25)));
                    double later = median(() -> page(organization, new CampaignListQuery(null, filter, order, descending, deep, null, 25)));
                    double back = median(() -> page(organization, new CampaignListQuery(null, filter, order, descending, null, deep, 25)));
                    System.out.printf("%-12s %-10s %9.1f ms %9.1f ms (back %.1f ms)%n", order + (descending ? " desc" : ""),
                            status == null ? "-" : status, first, later, back);
                }
            }
        }
        double search = median(() -> page(organization, new CampaignListQuery("0042 summer", null, CampaignOrder.CREATED, true, null, null, 25)));
        System.out.printf("search '0042 summer', newest first: %.1f ms%n", search);
        explain(organization);
    }

    private CampaignListPage page(OrganizationId organization, CampaignListQuery query) {
        CampaignListPage page = Tenancy.callAs(organization, () -> listing.list(query));
        assertThat(page.campaigns()).isNotEmpty();
        return page;
    }

    private static double median(Supplier<?> work) {
        work.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }

    private void seed(UUID organization, int rows, int salt) {
        jdbc.update("""
                insert into campaigns (id, organization_id, name, status, start_date, budget_amount, budget_currency,
                    attribution_keywords, created_by, created_at, updated_at)
                select gen_random_uuid(), ?, 'Campaign ' || lpad(i::text, 6, '0') || ' '
                        || (array['Summer', 'Winter', 'Launch', 'Holiday', 'Spring', 'Trail'])[1 + (i + ?) % 6],
                    (array['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED'])[1 + (i * 7) % 5],
                    case when i % 10 = 0 then null else date '2024-01-01' + (i * 37) % 1000 end,
                    (i % 500) * 100, 'USD', '{}', gen_random_uuid(), now() - i * interval '1 second', now()
                from generate_series(1, ?) i
                """, organization, salt, rows);
    }

    /** The id of the row at DEPTH in this order, found once (slowly, with OFFSET) as the cursor to resume from. */
    private UUID rowAt(OrganizationId organization, CampaignOrder order, boolean descending, String status) {
        String direction = descending ? " desc" : "";
        String orderBy = switch (order) {
            case NAME -> "lower(name)" + direction;
            case START_DATE -> "start_sort" + direction + ", lower(name)" + direction;
            case STATUS -> "status" + direction + ", lower(name)" + direction;
            case CREATED -> "created_at" + direction + ", id" + direction;
        };
        int depth = status == null ? DEPTH : DEPTH / 5 - 500;
        return jdbc.queryForObject("select id from campaigns where organization_id = ?"
                + (status == null ? "" : " and status = '" + status + "'")
                + " order by " + orderBy + " offset " + depth + " limit 1", UUID.class, organization.value());
    }

    /** The plans of deep pages, in the shape Hibernate generates (see the SQL log of CampaignListing). */
    private void explain(OrganizationId organization) {
        UUID org = organization.value();
        UUID deepByName = rowAt(organization, CampaignOrder.NAME, false, null);
        String name = jdbc.queryForObject("select lower(name) from campaigns where id = ?", String.class, deepByName);
        plan("deep page by name", "select * from campaigns c where c.organization_id = '" + org + "' and lower(c.name) > '"
                + name + "' order by lower(c.name) fetch first 26 rows only");
        UUID deepByCreated = rowAt(organization, CampaignOrder.CREATED, true, null);
        String created = jdbc.queryForObject("select created_at::text from campaigns where id = ?", String.class, deepByCreated);
        plan("deep page, newest first", "select * from campaigns c where c.organization_id = '" + org + "' and c.created_at <= '"
                + created + "' and (c.created_at < '" + created + "' or (c.created_at = '" + created + "' and c.id < '"
                + deepByCreated + "')) order by c.created_at desc, c.id desc fetch first 26 rows only");
        plan("count, no filter", "select count(*) from campaigns c where c.organization_id = '" + org + "'");
        plan("count, status filter", "select count(*) from campaigns c where c.organization_id = '" + org + "' and c.status = 'ACTIVE'");
        plan("search", "select * from campaigns c where c.organization_id = '" + org
                + "' and lower(c.name) like '%0042 summer%' order by c.created_at desc, c.id desc fetch first 26 rows only");
    }

    private void plan(String title, String sql) {
        System.out.println("\n-- " + title + "\n" + String.join("\n",
                jdbc.queryForList("explain (analyze, buffers, costs off) " + sql, String.class)));
    }
}
