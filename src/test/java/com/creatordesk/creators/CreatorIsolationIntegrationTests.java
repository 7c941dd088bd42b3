package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.CreatorPool;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Another organization's creator answers 404 on every creator URL; every change needs the CSRF token. */
@IntegrationTest
class CreatorIsolationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;

    SignedIn owner;
    SignedIn stranger;
    UUID theirs;
    UUID theirHandle;
    UUID theirEmail;
    UUID mine;

    @BeforeEach
    void twoOrganizations() throws Exception {
        owner = TestAccounts.signUp(mvc, "Theirs Co");
        stranger = TestAccounts.signUp(mvc, "Prying Co");
        PoolFixture fixture = new PoolFixture(pool, jdbc);
        theirs = fixture.add(owner, "Private Person", Platform.INSTAGRAM, "private.person", 100L, null, "private@person.com",
                null, List.of("secret"));
        theirHandle = jdbc.queryForObject("select id from creator_handles where creator_id = ?", UUID.class, theirs);
        theirEmail = jdbc.queryForObject("select id from creator_emails where creator_id = ?", UUID.class, theirs);
        jdbc.update("insert into creator_enrichments (creator_id, organization_id, platform, handle, status, error, requested_at) "
                + "select id, organization_id, 'INSTAGRAM', 'private.person', 'FAILED', 'x', now() from creators where id = ?", theirs);
        mine = fixture.add(stranger, "Mine", Platform.TIKTOK, "mine");
    }

    @Test
    void everyCreatorPageAndFragmentAnswers404() throws Exception {
        for (String path : List.of("/creators/" + theirs, "/creators/" + theirs + "/edit", "/creators/" + theirs + "/enrichment",
                "/creators/" + UUID.randomUUID())) {
            mvc.perform(stranger.as(get(path))).andExpect(status().isNotFound());
            mvc.perform(stranger.as(get(path).header("HX-Request", "true"))).andExpect(status().isNotFound());
        }
        mvc.perform(owner.as(get("/creators/" + theirs))).andExpect(status().isOk());
    }

    @Test
    void everyChangeToAnotherOrganizationsCreatorAnswers404AndChangesNothing() throws Exception {
        String base = "/creators/" + theirs;
        List<String> changes = List.of(base + "/edit", base + "/notes", base + "/tags", base + "/tracking",
                base + "/tracking/stop", base + "/favourite", base + "/handles", base + "/handles/" + theirHandle,
                base + "/handles/" + theirHandle + "/remove", base + "/emails", base + "/emails/" + theirEmail + "/primary",
                base + "/emails/" + theirEmail + "/remove", base + "/enrichment/retry");
        for (String path : changes) {
            mvc.perform(stranger.as(post(path).with(csrf()).param("displayName", "Hacked").param("notes", "Hacked")
                            .param("tags", "hacked").param("reason", "hacked").param("platform", "X").param("handle", "hacked")
                            .param("address", "hacked@example.com")))
                    .andExpect(status().isNotFound());
        }
        // Their handle and email ids on the prying organization's own creator are not found either.
        mvc.perform(stranger.as(post("/creators/" + mine + "/handles/" + theirHandle + "/remove").with(csrf())))
                .andExpect(status().isNotFound());
        mvc.perform(stranger.as(post("/creators/" + mine + "/emails/" + theirEmail + "/primary").with(csrf())))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select display_name, notes, array_to_string(tags, ',') as tags, tracked_since "
                + "from creators where id = ?", theirs))
                .containsEntry("display_name", "Private Person").containsEntry("notes", null)
                .containsEntry("tags", "secret").containsEntry("tracked_since", null);
        assertThat(jdbc.queryForObject("select count(*) from creator_handles where creator_id = ?", Integer.class, theirs)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from creator_emails where creator_id = ?", Integer.class, theirs)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from creator_favourites where creator_id = ?", Integer.class, theirs)).isZero();
        assertThat(jdbc.queryForObject("select status from creator_enrichments where creator_id = ?", String.class, theirs)).isEqualTo("FAILED");
    }

    @Test
    void listsSearchesCountsAndPickersNeverShowAnotherOrganizationsCreators() throws Exception {
        for (String path : List.of("/creators?q=private", "/creators/tracking?q=private", "/creators/picker?q=private",
                "/creators?tag=secret")) {
            String body = mvc.perform(stranger.as(get(path))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain("Private Person").doesNotContain(theirs.toString());
        }
        assertThat(mvc.perform(stranger.as(get("/creators/count?q=private"))).andReturn().getResponse().getContentAsString())
                .contains("0 creators");
    }

    @Test
    void anotherOrganizationsImportAnswers404Everywhere() throws Exception {
        ImportSupport imports = new ImportSupport(mvc, jdbc);
        UUID job = imports.uploaded(owner, "Name,Instagram\nSecret Sam,secret.sam\nBad,not valid!\n");
        imports.start(owner, job, "UTF-8", "SKIP", "NAME", "INSTAGRAM");
        imports.awaitDone(job);
        for (String path : List.of("/creators/import/" + job, "/creators/import/" + job + "/progress",
                "/creators/import/" + job + "/preview", "/creators/import/" + job + "/errors.csv")) {
            mvc.perform(stranger.as(get(path))).andExpect(status().isNotFound());
        }
        UUID waiting = imports.uploaded(owner, "Name,Instagram\nSecret Sue,secret.sue\n");
        imports.start(stranger, waiting, "UTF-8", "SKIP", "NAME", "INSTAGRAM").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from creator_imports where id = ?", String.class, waiting)).isEqualTo("UPLOADED");
        String recent = mvc.perform(stranger.as(get("/creators/import"))).andReturn().getResponse().getContentAsString();
        assertThat(recent).doesNotContain(job.toString()).doesNotContain(waiting.toString());
        String export = mvc.perform(stranger.as(get("/creators/export.csv"))).andReturn().getResponse().getContentAsString();
        assertThat(export).doesNotContain("Secret Sam").doesNotContain("Private Person").contains("Mine");
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        String base = "/creators/" + mine;
        for (String path : List.of("/creators", "/creators/quick-add", "/creators/batch", base + "/edit", base + "/notes",
                base + "/tags", base + "/tracking", base + "/tracking/stop", base + "/favourite", base + "/handles",
                base + "/emails", base + "/enrichment/retry", "/creators/import", "/creators/import/" + UUID.randomUUID() + "/start")) {
            mvc.perform(stranger.as(post(path).param("notes", "no token").param("platform", "X").param("handle", "nocsrf")))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from creator_handles where handle = 'nocsrf'", Integer.class)).isZero();
    }
}
