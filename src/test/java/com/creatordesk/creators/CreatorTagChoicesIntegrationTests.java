package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.CrossedTransactions;
import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tag filter's choices are counted by triggers (V4_3) instead of read from every creator: after each
 * kind of write they must be exactly what reading the creators answers.
 */
@IntegrationTest
class CreatorTagChoicesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    SignedIn owner;
    PoolFixture fixture;
    UUID ana;
    UUID ben;
    UUID cleo;

    @BeforeEach
    void pool() throws Exception {
        owner = TestAccounts.signUp(mvc, "Tag Choices Co");
        fixture = new PoolFixture(pool, jdbc);
        ana = fixture.add(owner, "Ana", Platform.INSTAGRAM, "ana", null, null, null, null, List.of("Beauty"));
        ben = fixture.add(owner, "Ben", Platform.INSTAGRAM, "ben", null, null, null, null, List.of("vip", "travel"));
        cleo = fixture.add(owner, "Cleo", Platform.INSTAGRAM, "cleo");
    }

    @Test
    void aTagIsOfferedWhileACreatorCarriesItWhateverTheScreenThatChangedIt() throws Exception {
        assertThat(choices(owner)).containsExactly("Beauty", "travel", "vip");

        batch("add-tag", "summer 2026", ana, cleo);
        assertThat(choices(owner)).containsExactly("Beauty", "summer 2026", "travel", "vip");

        mvc.perform(owner.as(post("/creators/" + ben + "/tags").with(csrf()).param("tags", "vip")))
                .andExpect(status().is3xxRedirection());
        assertThat(choices(owner)).as("travel left its last creator").containsExactly("Beauty", "summer 2026", "vip");

        batch("remove-tag", "SUMMER 2026", ana);
        assertThat(choices(owner)).as("Cleo still carries it").contains("summer 2026");
        batch("remove-tag", "summer 2026", cleo);
        assertThat(choices(owner)).containsExactly("Beauty", "vip");

        mvc.perform(owner.as(post("/creators").with(csrf()).param("displayName", "Dana")
                        .param("handles[0].platform", "TIKTOK").param("handles[0].handle", "@dana").param("tags", "Zine, vip")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(owner.as(post("/creators/quick-add").with(csrf()).param("platform", "X").param("handle", "@eve")))
                .andExpect(status().is3xxRedirection());
        assertThat(choices(owner)).containsExactly("Beauty", "Zine", "vip");
    }

    @Test
    void tagsKeepTheCaseEachCreatorWasTaggedIn() throws Exception {
        batch("add-tag", "VIP", ana);
        assertThat(choices(owner)).as("like the creators, the choices tell VIP and vip apart")
                .containsExactly("Beauty", "VIP", "travel", "vip");

        batch("remove-tag", "VIP", ben);
        assertThat(choices(owner)).as("removing ignores case").containsExactly("Beauty", "VIP", "travel");
    }

    @Test
    void importedTagsAreOffered() throws Exception {
        new ImportSupport(mvc, jdbc).run(owner, """
                Name,Platform,Handle,Tags
                Finn,TikTok,finn,"imported, vip"
                Ben Again,Instagram,ben,Newcomer
                """, "UPDATE", "NAME", "PLATFORM", "HANDLE", "TAGS");
        assertThat(choices(owner)).containsExactly("Beauty", "Newcomer", "imported", "travel", "vip");
    }

    @Test
    void sqlUpdatesAndDeletesCountToo() throws Exception {
        jdbc.update("""
                update creators set tags = array(select 'tag ' || lpad(n::text, 3, '0')
                                                 from generate_series(case when id = ? then 0 else 50 end, 549) n)
                where id in (?, ?)""", ana, ana, ben);
        assertThat(choices(owner)).as("at most 500, in order").hasSize(500).startsWith("tag 000").endsWith("tag 499")
                .isEqualTo(readFromTheCreators());

        jdbc.update("delete from creators where id in (?, ?)", ana, ben);
        assertThat(choices(owner)).isEmpty();
        assertThat(readFromTheCreators()).isEmpty();
    }

    @Test
    void twoTransactionsBringingInTheSameNewTagBothSucceed() throws Exception {
        CountDownLatch firstTagged = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("update creators set tags = tags || 'launch'::text where id = ?", ana);
            firstTagged.countDown();
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }));
        assertThat(firstTagged.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status ->
                jdbc.update("update creators set tags = tags || 'launch'::text where id = ?", ben));
        first.get(10, TimeUnit.SECONDS);

        batch("remove-tag", "launch", ana);
        assertThat(choices(owner)).as("both were counted").contains("launch");
        batch("remove-tag", "launch", ben);
        assertThat(choices(owner)).doesNotContain("launch");
    }

    /**
     * Counting as each statement ran locked Beauty's count from the first transaction's first statement to its
     * commit, and vip's from the other's: each then waited for the other, and PostgreSQL aborted one.
     */
    @Test
    void transactionsTaggingInOppositeOrdersBothCommit() throws Exception {
        UUID dan = fixture.add(owner, "Dan", Platform.INSTAGRAM, "dan");
        String tag = "update creators set tags = array_append(tags, ?) where id = ?";
        CrossedTransactions.run(dataSource, tag,
                new Object[][] {{"Beauty", cleo}, {"vip", dan}},
                new Object[][] {{"vip", ana}, {"Beauty", ben}});

        assertThat(uses("Beauty", "vip")).containsExactly(3, 3);
        assertThat(choices(owner)).containsExactly("Beauty", "travel", "vip").isEqualTo(readFromTheCreators());
    }

    /** What makes the above hold: a commit takes the locks on its counts in key order, whatever order its statements ran in. */
    @Test
    void theCommitLocksTheCountsInKeyOrder() throws Exception {
        List<String> tags = IntStream.rangeClosed(1, 10).mapToObj(n -> String.format("t%02d", n)).toList();
        jdbc.update("update creators set tags = string_to_array(?, ',') where id = ?", String.join(",", tags), cleo);
        UUID org = fixture.organizationOf(owner).value();
        try (Connection holder = dataSource.getConnection(); Connection tagger = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            tagger.setAutoCommit(false);
            CrossedTransactions.execute(holder,
                    "select 1 from creator_tag_names where organization_id = ? and tag = 't10' for update", org);
            for (int i = tags.size() - 1; i >= 0; i--) {
                CrossedTransactions.execute(tagger, "update creators set tags = array_append(tags, ?) where id = ?", tags.get(i), ana);
            }
            long tagging = number(tagger, "select pg_backend_pid()");
            CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
                try {
                    tagger.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                awaitLockWait(tagging);
                assertThat(jdbc.queryForList("select tag from creator_tag_names where organization_id = ? "
                        + "and tag between 't01' and 't09' for update skip locked", String.class, org))
                        .as("the commit holds t01 to t09 while it waits for t10").isEmpty();
            } finally {
                holder.rollback();
            }
            commit.get(10, TimeUnit.SECONDS);
        }
        assertThat(uses(tags.toArray(String[]::new))).containsOnly(2);
    }

    @Test
    void rolledBackChangesAreNeverCountedAndACommitLeavesNothingPending() throws Exception {
        String tag = "update creators set tags = array_append(tags, ?) where id = ?";
        long committed;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Savepoint start = connection.setSavepoint();
            CrossedTransactions.execute(connection, tag, "gone", ana);
            connection.rollback(start);
            CrossedTransactions.execute(connection, tag, "kept", ben);
            Savepoint kept = connection.setSavepoint();
            CrossedTransactions.execute(connection, tag, "gone too", cleo);
            connection.rollback(kept);
            committed = number(connection, "select txid_current()");
            connection.commit();

            CrossedTransactions.execute(connection, tag, "never", ana);
            connection.rollback();
        }
        assertThat(choices(owner)).containsExactly("Beauty", "kept", "travel", "vip").isEqualTo(readFromTheCreators());
        assertThat(jdbc.queryForObject("select count(*) from tag_changes where txid = ?", Integer.class, committed)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tag_changes_to_apply where txid = ?", Integer.class, committed)).isZero();
    }

    @Test
    void anotherOrganizationsTagsAreNeverOfferedNorCounted() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other Tag Co");
        UUID theirs = fixture.add(other, "Theirs", Platform.TIKTOK, "theirs", null, null, null, null, List.of("secret", "vip"));
        assertThat(choices(owner)).containsExactly("Beauty", "travel", "vip");
        assertThat(choices(other)).containsExactly("secret", "vip");

        jdbc.update("update creators set tags = '{}' where id = ?", theirs);
        assertThat(choices(other)).isEmpty();
        assertThat(choices(owner)).containsExactly("Beauty", "travel", "vip");
    }

    private List<Integer> uses(String... tags) {
        return Arrays.stream(tags).map(tag -> jdbc.queryForObject("select uses from creator_tag_names "
                + "where organization_id = ? and tag = ?", Integer.class, fixture.organizationOf(owner).value(), tag)).toList();
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void awaitLockWait(long pid) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"Lock".equals(jdbc.queryForObject("select wait_event_type from pg_stat_activity where pid = ?", String.class, pid))) {
            assertThat(System.nanoTime()).as("backend %d waits for a lock", pid).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** The Tag filter's options on the Creators page; the batch toolbar suggests the same. */
    private List<String> choices(SignedIn member) throws Exception {
        Document page = Jsoup.parse(mvc.perform(member.as(get("/creators"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> offered = page.select("select#tag option[value~=.]").eachAttr("value");
        assertThat(page.select("datalist#tag-options option").eachAttr("value")).isEqualTo(offered);
        return offered;
    }

    /** What the Tag filter offered before the tags were counted. */
    private List<String> readFromTheCreators() {
        return jdbc.queryForList("select distinct tag from creators c, unnest(c.tags) tag where c.organization_id = ? "
                + "order by tag limit 500", String.class, fixture.organizationOf(owner).value());
    }

    private void batch(String action, String tag, UUID... ids) throws Exception {
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", action).param("batchTag", tag)
                .param("ids", Arrays.stream(ids).map(UUID::toString).toArray(String[]::new))))
                .andExpect(status().is3xxRedirection());
    }
}
