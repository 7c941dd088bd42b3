package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.RecordedEvents;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.events.CreatorRenamed;
import com.creatordesk.identity.OrganizationId;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Import CSV: upload checks, column mapping, bad rows and files, duplicates, encodings, error report. */
@IntegrationTest
class CreatorImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;
    @Autowired
    ConfigurableApplicationContext context;

    SignedIn owner;
    ImportSupport imports;

    @BeforeEach
    void signUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Import Co");
        imports = new ImportSupport(mvc, jdbc);
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefusedAtUpload() throws Exception {
        imports.upload(owner, "empty.csv", new byte[0]).andExpect(status().is(422))
                .andExpect(content().string(containsString("The file is empty.")));
        imports.upload(owner, "blank.csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8)).andExpect(status().is(422))
                .andExpect(content().string(containsString("The file is empty.")));
        imports.upload(owner, "header.csv", "Name,Instagram\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().is(422))
                .andExpect(content().string(containsString("The file has a header row but no creators below it.")));
        assertThat(jdbc.queryForObject("select count(*) from creator_imports i join members m on m.organization_id = i.organization_id "
                + "where m.email = ?", Integer.class, owner.email())).isZero();
    }

    @Test
    void theMappingFormGuessesColumnsFromHeadersAndPreviewsTheFirstRows() throws Exception {
        UUID job = imports.uploaded(owner, "Full name;E-mail;Instagram handle;TikTok;Followers;Land;Tags\n"
                + "Jane Doe;jane@doe.com;janedoe;;1200;DE;vip\n");
        Document page = Jsoup.parse(mvc.perform(owner.as(get("/creators/import/" + job))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("select[name=fields] option[selected]").eachAttr("value"))
                .containsExactly("NAME", "EMAIL", "INSTAGRAM", "TIKTOK", "FOLLOWERS", "IGNORE", "TAGS");
        assertThat(page.select("#preview tbody td").eachText()).contains("Jane Doe", "jane@doe.com", "janedoe");
    }

    @Test
    void aBadRowAmongGoodOnesIsReportedAndTheGoodRowsAreImported() throws Exception {
        String csv = """
                Name,Email,Instagram,Followers,Country
                Good One,one@example.com,good.one,1200,DE
                Bad Email,not-an-email,bad.email,10,FR
                Good Two,,good.two,12.5K,Italy
                No Handle,nohandle@example.com,,5,
                "Bad, Figures",figures@example.com,bad.figures,lots,
                Good Three,three@example.com,good.three,,Narnia
                Good Four,four@example.com,good.four,,
                """;
        Map<String, Object> result = imports.run(owner, csv, "SKIP", "NAME", "EMAIL", "INSTAGRAM", "FOLLOWERS", "COUNTRY");
        assertThat(result).containsEntry("total_rows", 7).containsEntry("processed_rows", 7)
                .containsEntry("created_count", 3).containsEntry("error_count", 4);
        assertThat(jdbc.queryForObject("select c.followers from creators c join creator_handles h on h.creator_id = c.id "
                + "where h.handle = 'good.two' and c.organization_id = (select organization_id from members where email = ?)",
                Long.class, owner.email())).isEqualTo(12_500L);
        assertThat(jdbc.queryForObject("select country from creators where display_name = 'Good Two'", String.class)).isEqualTo("IT");
        assertThat(jdbc.queryForObject("select count(*) from creators where display_name in ('Bad Email', 'No Handle', 'Bad, Figures', "
                + "'Good Three')", Integer.class)).as("no row half-written").isZero();
        assertThat(jdbc.queryForObject("select count(*) from creator_emails where address = 'nohandle@example.com'", Integer.class)).isZero();

        String report = mvc.perform(owner.as(get("/creators/import/" + result.get("id") + "/errors.csv")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report.lines().toList()).containsExactly(
                "\uFEFFRow,Problem,Original values",
                "3,\"Email: Enter a valid email address, like name@example.com.\",Bad Email,not-an-email,bad.email,10,FR",
                "5,Handle: the row has no platform handle.,No Handle,nohandle@example.com,,5,",
                "6,Followers: \u201clots\u201d is not a number.,\"Bad, Figures\",figures@example.com,bad.figures,lots,",
                "7,Country: \u201cNarnia\u201d is not a country we know.,Good Three,three@example.com,good.three,,Narnia");
        mvc.perform(owner.as(get("/creators/import/" + result.get("id"))))
                .andExpect(content().string(containsString("Download error report (CSV)")))
                .andExpect(content().string(containsString("Not imported")));
    }

    @Test
    void duplicatesInTheFileAndInThePoolAreSkippedOrUpdatedAsChosen() throws Exception {
        new PoolFixture(pool, jdbc).add(owner, "Existing Erin", Platform.TIKTOK, "erin", 100L, null, "erin@pool.com", null, List.of("old"));
        String csv = """
                Name,Email,Platform,Handle,Followers,Tags
                Erin From File,,TikTok,ERIN,5000,new
                Fresh Fay,fay@file.com,Instagram,fay,10,
                Fay Again,,instagram,@Fay,20,again
                Email Match,ERIN@pool.com,YouTube,erin.yt,30,
                Two Owners,fay@file.com,TikTok,erin,40,
                """;
        Map<String, Object> skipped = imports.run(owner, csv, "SKIP", "NAME", "EMAIL", "PLATFORM", "HANDLE", "FOLLOWERS", "TAGS");
        assertThat(skipped).containsEntry("created_count", 1).containsEntry("skipped_count", 3)
                .containsEntry("updated_count", 0).containsEntry("error_count", 1);
        assertThat(creator("erin")).containsEntry("display_name", "Existing Erin").containsEntry("followers", 100L);

        Map<String, Object> updated;
        try (RecordedEvents<CreatorRenamed> renamed = new RecordedEvents<>(context, CreatorRenamed.class)) {
            updated = imports.run(owner, csv, "UPDATE", "NAME", "EMAIL", "PLATFORM", "HANDLE", "FOLLOWERS", "TAGS");
            OrganizationId organization = new OrganizationId(jdbc.queryForObject("select organization_id from creators where id = ?",
                    UUID.class, creator("erin").get("id")));
            assertThat(renamed.of(organization)).as("the creators whose names the update changed are announced")
                    .extracting(CreatorRenamed::creator).extracting(CreatorId::value)
                    .containsOnly((UUID) creator("erin").get("id"), (UUID) creator("fay").get("id"));
        }
        assertThat(updated).containsEntry("created_count", 0).containsEntry("updated_count", 4).containsEntry("error_count", 1);
        assertThat(creator("erin")).containsEntry("display_name", "Email Match").containsEntry("tags", "old,new");
        assertThat(jdbc.queryForObject("select count(*) from creator_handles where creator_id = ?", Integer.class,
                creator("erin").get("id"))).as("the email match added its YouTube handle").isEqualTo(2);
        assertThat(creator("fay")).containsEntry("display_name", "Fay Again").containsEntry("followers", 20L)
                .containsEntry("tags", "again");
        assertThat(jdbc.queryForObject("select count(*) from creators c join members m on m.organization_id = c.organization_id "
                + "where m.email = ?", Integer.class, owner.email())).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotUtf8IsRecognisedAndReadInTheChosenEncoding() throws Exception {
        byte[] latin = "Name,Instagram\nZo\u00eb Kr\u00fcger,zoe.k\nJos\u00e9 Pe\u00f1a,jose.p\n".getBytes(Charset.forName("windows-1252"));
        UUID job = imports.uploaded(owner, latin);
        mvc.perform(owner.as(get("/creators/import/" + job)))
                .andExpect(content().string(containsString("This file isn't valid UTF-8 (spreadsheets on Windows")))
                .andExpect(content().string(containsString("Zo\u00eb Kr\u00fcger")));
        imports.start(owner, job, "UTF-8", "SKIP", "NAME", "INSTAGRAM").andExpect(status().is(422))
                .andExpect(content().string(containsString("This file isn&#39;t valid UTF-8. Choose the encoding it was saved in.")));
        mvc.perform(owner.as(get("/creators/import/" + job + "/preview").param("encoding", "ISO-8859-1")))
                .andExpect(content().string(containsString("read as ISO-8859-1")));

        imports.start(owner, job, "windows-1252", "SKIP", "NAME", "INSTAGRAM").andExpect(status().is3xxRedirection());
        imports.awaitDone(job);
        assertThat(creator("zoe.k")).containsEntry("display_name", "Zo\u00eb Kr\u00fcger");
        assertThat(creator("jose.p")).containsEntry("display_name", "Jos\u00e9 Pe\u00f1a");
    }

    @Test
    void aMalformedFileKeepsTheRowsBeforeTheBrokenSpot() throws Exception {
        String csv = "Name,Instagram\nFirst,first.ok\nSecond,second.ok\n\"Broken,broken.row\nAfter,after.row\n";
        Map<String, Object> result = imports.run(owner, csv, "SKIP", "NAME", "INSTAGRAM");
        assertThat(result).containsEntry("created_count", 2).containsEntry("error_count", 1);
        assertThat(jdbc.queryForObject("select message from creator_import_errors where import_id = ?", String.class, result.get("id")))
                .startsWith("The file can't be read from line");
    }

    @Test
    void aMappingWithoutHandlesIsRefusedAndAnImportStartsOnce() throws Exception {
        UUID job = imports.uploaded(owner, "Name,Email\nA,a@example.com\n");
        imports.start(owner, job, "UTF-8", "SKIP", "NAME", "EMAIL").andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose the column with the creators&#39; handles")));
        imports.start(owner, job, "UTF-8", "SKIP", "HANDLE", "EMAIL").andExpect(status().is(422))
                .andExpect(content().string(containsString("A Handle column needs a Platform column beside it")));
        imports.start(owner, job, "UTF-8", "SKIP", "NAME", "NAME").andExpect(status().is(422));
        imports.start(owner, job, "UTF-8", "SKIP", "INSTAGRAM", "EMAIL").andExpect(status().is3xxRedirection());
        imports.awaitDone(job);
        imports.start(owner, job, "UTF-8", "SKIP", "INSTAGRAM", "EMAIL").andExpect(status().is(422))
                .andExpect(content().string(containsString("This import has already started.")));
    }

    @Test
    void moreThanFiftyThousandRowsAreRefused() throws Exception {
        StringBuilder csv = new StringBuilder("Instagram\n");
        for (int i = 0; i <= 50_000; i++) {
            csv.append("h").append(i).append('\n');
        }
        imports.upload(owner, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).andExpect(status().is(422))
                .andExpect(content().string(containsString("This file has 50,001 rows. Import at most 50,000 at a time")));
    }

    private Map<String, Object> creator(String handle) {
        return jdbc.queryForMap("select c.id, c.display_name, c.followers, array_to_string(c.tags, ',') as tags from creators c "
                + "join creator_handles h on h.creator_id = c.id join members m on m.organization_id = c.organization_id "
                + "where m.email = ? and lower(h.handle) = ?", owner.email(), handle);
    }
}
