package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorPool;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Export CSV: exactly the filtered list of the member's own organization, with formulas neutralised. */
@IntegrationTest
class CreatorExportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreQuoted() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Formula Co");
        PoolFixture fixture = new PoolFixture(pool, jdbc);
        UUID id = fixture.add(owner, "=HYPERLINK(\"http://evil\",\"x\")", Platform.INSTAGRAM, "formula", 10L, null, null, null,
                List.of("+cmd", "-minus", "@at", "plain"));
        jdbc.update("update creators set notes = ?, bio = ? where id = ?", "\tTabbed", "\rReturn", id);
        fixture.add(owner, "Plain Person", Platform.INSTAGRAM, "plain", null, null, null, null, List.of());

        List<CSVRecord> rows = export(owner, "");
        Map<String, String> formula = byName(rows, "'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(formula.get("Tags")).isEqualTo("'+cmd, -minus, @at, plain");
        assertThat(formula.get("Notes")).isEqualTo("'\tTabbed");
        assertThat(formula.get("Bio")).isEqualTo("'\rReturn");
        assertThat(byName(rows, "Plain Person").get("Instagram")).isEqualTo("plain");
    }

    @Test
    void theExportIsTheFilteredListOfTheOwnOrganizationOnly() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Export Co");
        SignedIn stranger = TestAccounts.signUp(mvc, "Other Export Co");
        PoolFixture fixture = new PoolFixture(pool, jdbc);
        fixture.add(owner, "Tik Toker", Platform.TIKTOK, "tiktoker", 5000L, "4.25", "tik@toker.com", "DE", List.of("vip"));
        fixture.add(owner, "Insta Grammer", Platform.INSTAGRAM, "instagrammer", 300L, null, null, null, List.of());
        fixture.add(stranger, "Foreign Toker", Platform.TIKTOK, "foreign", 100L, null, "foreign@toker.com", null, List.of());
        for (int i = 0; i < 1_100; i++) {
            fixture.add(stranger, "Filler " + i, Platform.X, "filler" + i);
        }

        mvc.perform(owner.as(get("/creators/export.csv")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"creators-")));
        assertThat(export(owner, "").stream().map(row -> row.get("Name")).toList()).containsExactly("Insta Grammer", "Tik Toker");
        List<CSVRecord> tiktok = export(owner, "?platform=TIKTOK");
        assertThat(tiktok).hasSize(1);
        assertThat(tiktok.get(0).toMap()).containsEntry("Emails", "tik@toker.com").containsEntry("TikTok", "tiktoker")
                .containsEntry("Followers", "5000").containsEntry("Engagement rate", "4.25").containsEntry("Country", "DE")
                .containsEntry("Tags", "vip");
        assertThat(export(stranger, "?q=toker").stream().map(row -> row.get("Name")).toList()).containsExactly("Foreign Toker");
        assertThat(export(stranger, "")).as("more than one chunk of the keyset-paged export").hasSize(1_101);
    }

    @Test
    void anExportCanBeImportedAgain() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Round Trip Co");
        SignedIn other = TestAccounts.signUp(mvc, "Round Trip Copy Co");
        new PoolFixture(pool, jdbc).add(owner, "=Round Tripper", Platform.YOUTUBE, "roundtrip", 1234L, "2.5", "round@trip.tv", "FR",
                List.of("a", "b"));
        String csv = mvc.perform(owner.as(get("/creators/export.csv"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        ImportSupport imports = new ImportSupport(mvc, jdbc);
        UUID job = imports.uploaded(other, csv.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(other.as(get("/creators/import/" + job))).andReturn().getResponse().getContentAsString();
        List<String> guessed = org.jsoup.Jsoup.parse(page).select("select[name=fields] option[selected]").eachAttr("value");
        imports.start(other, job, "UTF-8", "SKIP", guessed.toArray(String[]::new));
        assertThat(imports.awaitDone(job)).containsEntry("created_count", 1);
        assertThat(jdbc.queryForMap("select c.display_name, c.country, c.followers, array_to_string(c.tags, ',') as tags, "
                + "c.primary_email from creators c join members m on m.organization_id = c.organization_id where m.email = ?", other.email()))
                .containsEntry("display_name", "=Round Tripper").containsEntry("country", "FR").containsEntry("followers", 1234L)
                .containsEntry("tags", "a,b").containsEntry("primary_email", "round@trip.tv");
    }

    private List<CSVRecord> export(SignedIn member, String query) throws Exception {
        String body = mvc.perform(member.as(get("/creators/export.csv" + query))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    private static Map<String, String> byName(List<CSVRecord> rows, String name) {
        return rows.stream().filter(row -> row.get("Name").equals(name)).findFirst().orElseThrow().toMap();
    }
}
