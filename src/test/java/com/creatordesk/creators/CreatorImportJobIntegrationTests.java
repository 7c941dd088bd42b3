package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.TestClock;
import com.creatordesk.creators.domain.ImportScheduler;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Imports as background jobs: a full 50,000-row file, progress, and resuming after the app stopped. */
@IntegrationTest
class CreatorImportJobIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportScheduler scheduler;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void importsFiftyThousandRows() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Fifty Thousand Co");
        String csv = rows(50_000, "big");
        long started = System.nanoTime();
        Map<String, Object> result = new ImportSupport(mvc, jdbc).run(owner, csv, "SKIP", "NAME", "EMAIL", "TIKTOK", "FOLLOWERS", "TAGS");
        System.out.printf("Imported 50,000 rows in %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertThat(result).containsEntry("total_rows", 50_000).containsEntry("processed_rows", 50_000)
                .containsEntry("created_count", 50_000).containsEntry("error_count", 0);
        assertThat(jdbc.queryForObject("select count(*) from creators c join members m on m.organization_id = c.organization_id "
                + "where m.email = ?", Integer.class, owner.email())).isEqualTo(50_000);
        mvc.perform(owner.as(get("/creators/import/" + result.get("id") + "/progress")))
                .andExpect(content().string(containsString("50,000 of 50,000 rows")))
                .andExpect(content().string(containsString("value=\"50000\"")));
    }

    @Test
    void anImportLeftQueuedOrStoppedMidFileIsResumedWhereItStopped() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Resume Co");
        ImportSupport imports = new ImportSupport(mvc, jdbc);
        UUID queued = imports.uploaded(owner, rows(30, "queued"));
        UUID stopped = imports.uploaded(owner, rows(1_200, "stopped"));
        // As if the app had stopped right after Start import (queued), and after 600 rows of the second file.
        jdbc.update("update creator_imports set status = 'QUEUED', queued_at = now(), column_fields = "
                + "'{NAME,EMAIL,TIKTOK,FOLLOWERS,TAGS}' where id = ?", queued);
        jdbc.update("update creator_imports set status = 'RUNNING', heartbeat_at = now(), processed_rows = 600, created_count = 600, "
                + "column_fields = '{NAME,EMAIL,TIKTOK,FOLLOWERS,TAGS}' where id = ?", stopped);

        scheduler.resumeUnfinishedImports();
        Thread.sleep(500);
        assertThat(statusOf(stopped)).as("a run with a recent heartbeat is still alive").isEqualTo("RUNNING");

        clock.advance(Duration.ofMinutes(5));
        scheduler.resumeUnfinishedImports();
        assertThat(imports.awaitDone(queued)).containsEntry("created_count", 30);
        Map<String, Object> resumed = imports.awaitDone(stopped);
        assertThat(resumed).containsEntry("processed_rows", 1_200).containsEntry("created_count", 1_200);
        assertThat(jdbc.queryForObject("select count(*) from creator_handles where handle like 'stopped%'", Integer.class))
                .as("only the rows after the 600th were imported by the resumed run").isEqualTo(600);
        assertThat(jdbc.queryForObject("select min(handle) from creator_handles where handle like 'stopped%'", String.class))
                .isEqualTo("stopped00600");
        mvc.perform(owner.as(get("/creators/import/" + stopped))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Done")));
    }

    private String statusOf(UUID job) {
        return jdbc.queryForObject("select status from creator_imports where id = ?", String.class, job);
    }

    static String rows(int count, String prefix) {
        StringBuilder csv = new StringBuilder("Name,Email,TikTok,Followers,Tags\n");
        for (int i = 0; i < count; i++) {
            String handle = prefix + String.format("%05d", i);
            csv.append("Creator ").append(i).append(',').append(handle).append("@example.com,").append(handle).append(',')
                    .append(i * 37 % 900_000).append(",\"imported, batch ").append(i % 10).append("\"\n");
        }
        return csv.toString();
    }
}
