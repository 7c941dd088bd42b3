package com.creatordesk.creators;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.TestAccounts.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploads, maps and runs imports through the real screens. */
record ImportSupport(MockMvc mvc, JdbcTemplate jdbc) {

    ResultActions upload(SignedIn member, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/creators/import").file(new MockMultipartFile("file", name, "text/csv", content))
                .cookie(member.session()).with(csrf()));
    }

    UUID uploaded(SignedIn member, String csv) throws Exception {
        return uploaded(member, csv.getBytes(StandardCharsets.UTF_8));
    }

    UUID uploaded(SignedIn member, byte[] content) throws Exception {
        String location = upload(member, "creators.csv", content).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    ResultActions start(SignedIn member, UUID job, String encoding, String duplicates, String... fields) throws Exception {
        return mvc.perform(member.as(post("/creators/import/" + job + "/start").with(csrf())
                .param("encoding", encoding).param("duplicates", duplicates).param("fields", fields)));
    }

    /** Uploads, starts with the mapping given and waits until the import is done; answers its counters. */
    Map<String, Object> run(SignedIn member, String csv, String duplicates, String... fields) throws Exception {
        UUID job = uploaded(member, csv);
        start(member, job, "UTF-8", duplicates, fields).andExpect(status().is3xxRedirection());
        return awaitDone(job);
    }

    Map<String, Object> awaitDone(UUID job) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(jdbc.queryForObject("select status from creator_imports where id = ?", String.class, job)));
        return jdbc.queryForMap("select id, total_rows, processed_rows, created_count, updated_count, skipped_count, "
                + "error_count from creator_imports where id = ?", job);
    }
}
