package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.RecordedEvents;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.TestClock;
import com.creatordesk.creators.FakeProfileSite.Answer;
import com.creatordesk.creators.events.CreatorRenamed;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.EnrichmentScheduler;
import com.creatordesk.identity.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Quick Add and enrichment from public profile pages, against a local stand-in for the platforms. */
@IntegrationTest
class EnrichmentIntegrationTests {

    static final String PROFILE = """
            <html><head>
            <meta property="og:title" content="Nora Quinn (@%s) • Instagram photos and videos">
            <meta property="og:image" content="/avatars/nora.jpg">
            <meta property="og:description" content="Trail runner and coffee snob. Based in Oslo.">
            <title>ignored</title></head>
            <body><p>48.2K Followers · 310 Following</p></body></html>""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;
    @Autowired
    EnrichmentScheduler scheduler;
    @Autowired
    TestClock clock;
    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void quickAddCreatesAtOnceAndEnrichmentFillsTheProfileFromThePublicPage() throws Exception {
        try (RecordedEvents<CreatorRenamed> renamed = new RecordedEvents<>(context, CreatorRenamed.class)) {
            quickAddAndEnrich(renamed);
        }
    }

    private void quickAddAndEnrich(RecordedEvents<CreatorRenamed> renamed) throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Enrich Co");
        String handle = unique("nora");
        FakeProfileSite.page(Platform.INSTAGRAM, handle, PROFILE.formatted(handle));

        MvcResult added = mvc.perform(owner.as(post("/creators/quick-add").with(csrf()).header("HX-Request", "true")
                        .param("platform", "INSTAGRAM").param("handle", "@" + handle).param("email", "Nora@Quinn.no")))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", containsString("creatorAdded")))
                .andExpect(content().string(containsString("Added")))
                .andReturn();
        UUID id = creatorWithHandle(handle);
        assertThat(added.getResponse().getContentAsString()).contains("/creators/" + id);

        awaitStatus(id, "DONE");
        OrganizationId organization = new OrganizationId(jdbc.queryForObject("select organization_id from creators where id = ?", UUID.class, id));
        assertThat(renamed.of(organization)).as("the name found is announced to the modules that keep a copy of it")
                .containsExactly(new CreatorRenamed(organization, new CreatorId(id)));
        Map<String, Object> creator = jdbc.queryForMap("select display_name, avatar_url, bio, followers, primary_email, "
                + "name_from_handle from creators where id = ?", id);
        assertThat(creator).containsEntry("display_name", "Nora Quinn")
                .containsEntry("avatar_url", "http://127.0.0.1:" + FakeProfileSite.port() + "/avatars/nora.jpg")
                .containsEntry("bio", "Trail runner and coffee snob. Based in Oslo.")
                .containsEntry("followers", 48_200L)
                .containsEntry("primary_email", "nora@quinn.no")
                .containsEntry("name_from_handle", false);
        mvc.perform(owner.as(get("/creators/" + id + "/enrichment").param("refresh", "true")))
                .andExpect(header().string("HX-Refresh", "true"))
                .andExpect(content().string(containsString("Profile enriched")));
    }

    @Test
    void aFailureIsShownWithRetryAndRetryFillsOnlyWhatIsStillEmpty() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Retry Co");
        String handle = unique("retry");
        FakeProfileSite.answer(Platform.TIKTOK, handle, answer(500, "<h1>Oops</h1>", null));
        UUID id = quickAdd(owner, Platform.TIKTOK, handle);

        awaitStatus(id, "FAILED");
        mvc.perform(owner.as(get("/creators/" + id)))
                .andExpect(content().string(containsString("Enrichment failed")))
                .andExpect(content().string(containsString("The profile page answered with HTTP status 500.")))
                .andExpect(content().string(containsString("Retry")));

        mvc.perform(owner.as(post("/creators/" + id + "/edit").with(csrf())
                .param("displayName", "My Own Name").param("bio", "Written by us"))).andExpect(status().is3xxRedirection());
        FakeProfileSite.page(Platform.TIKTOK, handle, PROFILE.formatted(handle));
        mvc.perform(owner.as(post("/creators/" + id + "/enrichment/retry").with(csrf()).header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enriching…")));

        awaitStatus(id, "DONE");
        Map<String, Object> creator = jdbc.queryForMap("select display_name, bio, avatar_url from creators where id = ?", id);
        assertThat(creator).containsEntry("display_name", "My Own Name").containsEntry("bio", "Written by us");
        assertThat(creator.get("avatar_url")).asString().endsWith("/avatars/nora.jpg");
        assertThat(jdbc.queryForObject("select attempts from creator_enrichments where creator_id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void brokenPagesFailWithAReasonTheMemberCanRead() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Broken Co");
        String garbage = unique("garbage");
        FakeProfileSite.answer(Platform.YOUTUBE, garbage, answer(200, "\u0000<<<>>>%%%<div <p =", null));
        String slow = unique("slow");
        FakeProfileSite.answer(Platform.YOUTUBE, slow, new Answer(200, "text/html", PROFILE.formatted(slow).getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(6), null));
        String ftp = unique("ftp");
        FakeProfileSite.answer(Platform.YOUTUBE, ftp, new Answer(302, "text/html", new byte[0], null, "ftp://example.com/x"));
        String image = unique("image");
        FakeProfileSite.answer(Platform.YOUTUBE, image, new Answer(200, "image/png", new byte[] {1, 2, 3}, null, null));

        UUID garbageId = quickAdd(owner, Platform.YOUTUBE, garbage);
        UUID slowId = quickAdd(owner, Platform.YOUTUBE, slow);
        UUID ftpId = quickAdd(owner, Platform.YOUTUBE, ftp);
        UUID imageId = quickAdd(owner, Platform.YOUTUBE, image);
        UUID missingId = quickAdd(owner, Platform.YOUTUBE, unique("missing"));

        assertThat(awaitStatus(garbageId, "FAILED")).isEqualTo("The profile page had no profile details we could read.");
        assertThat(awaitStatus(slowId, "FAILED")).isEqualTo("The profile page did not answer within 2 seconds.");
        assertThat(awaitStatus(ftpId, "FAILED")).isEqualTo("The profile page redirected to an address that is not a web page.");
        assertThat(awaitStatus(imageId, "FAILED")).isEqualTo("The profile address did not lead to a web page.");
        assertThat(awaitStatus(missingId, "FAILED")).isEqualTo("The profile page answered with HTTP status 404.");
        assertThat(jdbc.queryForObject("select display_name from creators where id = ?", String.class, slowId)).isEqualTo(slow);
    }

    @Test
    void redirectsAreFollowedAndHugePagesAreReadOnlyUpToTheLimit() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Redirect Co");
        String moved = unique("moved");
        String target = unique("target");
        FakeProfileSite.answer(Platform.X, moved, new Answer(301, "text/html", new byte[0], null, FakeProfileSite.path(Platform.X, target)));
        FakeProfileSite.page(Platform.X, target, PROFILE.formatted(target));
        String huge = unique("huge");
        FakeProfileSite.page(Platform.X, huge, PROFILE.formatted(huge).replace("<body>", "<body>" + "x".repeat(3_000_000)));

        UUID movedId = quickAdd(owner, Platform.X, moved);
        UUID hugeId = quickAdd(owner, Platform.X, huge);
        awaitStatus(movedId, "DONE");
        awaitStatus(hugeId, "DONE");
        assertThat(jdbc.queryForObject("select display_name from creators where id = ?", String.class, movedId)).isEqualTo("Nora Quinn");
        assertThat(jdbc.queryForObject("select followers from creators where id = ?", Long.class, hugeId))
                .as("the follower count sat beyond the size limit").isNull();
    }

    @Test
    void aPendingJobLeftBehindIsPickedUpByTheScheduler() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Stuck Co");
        String handle = unique("stuck");
        FakeProfileSite.page(Platform.TWITCH, handle, PROFILE.formatted(handle));
        UUID id = new PoolFixture(pool, jdbc).add(owner, "", Platform.TWITCH, handle);
        jdbc.update("insert into creator_enrichments (creator_id, organization_id, platform, handle, status, requested_at) "
                + "select id, organization_id, 'TWITCH', ?, 'PENDING', now() from creators where id = ?", handle, id);

        scheduler.resumeStuckJobs();
        Thread.sleep(300);
        assertThat(statusOf(id)).as("a job pending for less than the stuck delay is left to its own run").isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(5));
        scheduler.resumeStuckJobs();
        awaitStatus(id, "DONE");
        assertThat(jdbc.queryForObject("select display_name from creators where id = ?", String.class, id)).isEqualTo("Nora Quinn");
    }

    @Test
    void quickAddRefusesAHandleAlreadyInThePoolWithALinkToIt() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Quick Clash Co");
        String handle = unique("clash");
        UUID existing = quickAdd(owner, Platform.SNAPCHAT, handle);
        mvc.perform(owner.as(post("/creators/quick-add").with(csrf()).header("HX-Request", "true")
                        .param("platform", "SNAPCHAT").param("handle", handle.toUpperCase())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Snapchat handle @" + handle + " already belongs to")))
                .andExpect(content().string(containsString("href=\"/creators/" + existing + "\"")))
                .andExpect(content().string(containsString("value=\"" + handle.toUpperCase() + "\"")));
        mvc.perform(owner.as(post("/creators/quick-add").with(csrf()).header("HX-Request", "true")
                        .param("platform", "SNAPCHAT").param("handle", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter the handle.")));
    }

    private UUID quickAdd(SignedIn owner, Platform platform, String handle) throws Exception {
        mvc.perform(owner.as(post("/creators/quick-add").with(csrf()).param("platform", platform.name()).param("handle", handle)))
                .andExpect(status().is3xxRedirection());
        return creatorWithHandle(handle);
    }

    private UUID creatorWithHandle(String handle) {
        return jdbc.queryForObject("select creator_id from creator_handles where handle = ?", UUID.class, handle);
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("select status from creator_enrichments where creator_id = ?", String.class, id);
    }

    /** Waits for the background enrichment to reach a status; answers its error. */
    private String awaitStatus(UUID id, String wanted) {
        await().atMost(Duration.ofSeconds(20)).until(() -> wanted.equals(statusOf(id)));
        return jdbc.queryForObject("select error from creator_enrichments where creator_id = ?", String.class, id);
    }

    private static Answer answer(int status, String body, String location) {
        return new Answer(status, "text/html", body.getBytes(StandardCharsets.UTF_8), null, location);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
