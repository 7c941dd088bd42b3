package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The batch toolbar (tags, favourites), the favourite star, and Creator Tracking from the creator page. */
@IntegrationTest
class CreatorBatchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreatorPool pool;

    SignedIn owner;
    UUID ana;
    UUID ben;
    UUID cleo;

    @BeforeEach
    void pool() throws Exception {
        owner = TestAccounts.signUp(mvc, "Batch Co");
        PoolFixture fixture = new PoolFixture(pool, jdbc);
        ana = fixture.add(owner, "Ana", Platform.INSTAGRAM, "ana", null, null, null, null, List.of("Beauty"));
        ben = fixture.add(owner, "Ben", Platform.INSTAGRAM, "ben");
        cleo = fixture.add(owner, "Cleo", Platform.INSTAGRAM, "cleo");
    }

    @Test
    void addsAndRemovesATagOnTheSelectedCreatorsAndReturnsToTheSameViewOfTheList() throws Exception {
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "add-tag").param("batchTag", " summer  2026 ")
                        .param("ids", ana.toString(), ben.toString()).param("q", "a").param("sort", "RECENT")))
                .andExpect(redirectedUrl("/creators?q=a&sort=RECENT"))
                .andExpect(flash().attribute("flash", "Tag \u201csummer  2026\u201d added to 2 creators."));
        assertThat(tags(ana)).isEqualTo("Beauty|summer 2026");
        assertThat(tags(ben)).isEqualTo("summer 2026");
        assertThat(tags(cleo)).isEmpty();

        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "add-tag").param("batchTag", "BEAUTY")
                .param("ids", ana.toString()))).andExpect(flash().attribute("flash", "Tag \u201cBEAUTY\u201d added to 0 creators."));
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "remove-tag").param("batchTag", "beauty")
                .param("ids", ana.toString(), cleo.toString()))).andExpect(status().is3xxRedirection());
        assertThat(tags(ana)).isEqualTo("summer 2026");
    }

    @Test
    void aBatchWithoutSelectionOrTagIsRefusedAndKeepsTheSelection() throws Exception {
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "add-tag").param("batchTag", "vip")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Select at least one creator.")));
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "add-tag").param("batchTag", " ")
                        .param("ids", ben.toString())))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a tag.")))
                .andExpect(content().string(containsString("aria-label=\"Select Ben\" checked=\"checked\"")));
    }

    @Test
    void aBatchNamingAnotherOrganizationsCreatorChangesNothing() throws Exception {
        SignedIn stranger = TestAccounts.signUp(mvc, "Stranger Batch Co");
        UUID theirs = new PoolFixture(pool, jdbc).add(stranger, "Theirs", Platform.TIKTOK, "theirs");
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "add-tag").param("batchTag", "stolen")
                .param("ids", ana.toString(), theirs.toString()))).andExpect(status().isNotFound());
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "favourite")
                .param("ids", ana.toString(), theirs.toString()))).andExpect(status().isNotFound());
        assertThat(tags(ana)).isEqualTo("Beauty");
        assertThat(tags(theirs)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from creator_favourites where creator_id in (?, ?)", Integer.class, ana, theirs)).isZero();
    }

    @Test
    void favouritesArePerMemberAndTheStarToggles() throws Exception {
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "favourite")
                        .param("ids", ana.toString(), ben.toString())))
                .andExpect(flash().attribute("flash", "2 creators added to your favourites."));
        mvc.perform(owner.as(post("/creators/batch").with(csrf()).param("action", "favourite").param("ids", ana.toString())))
                .andExpect(flash().attribute("flash", "0 creators added to your favourites."));

        mvc.perform(owner.as(post("/creators/" + ana + "/favourite").with(csrf()).header("HX-Request", "true")
                        .param("returnTo", "/creators?q=an&tag=vip")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"icon-button star\"")))
                .andExpect(content().string(containsString("aria-pressed=\"false\"")))
                .andExpect(content().string(containsString("Add Ana to favourites")))
                .andExpect(content().string(containsString("#star\"")))
                // the new button still takes the member back to the same list where scripts do not run
                .andExpect(content().string(containsString("value=\"/creators?q=an&amp;tag=vip\"")));
        mvc.perform(owner.as(post("/creators/" + ana + "/favourite").with(csrf()).header("HX-Request", "true")))
                .andExpect(content().string(containsString("class=\"icon-button star on\"")))
                .andExpect(content().string(containsString("Remove Ana from favourites")))
                .andExpect(content().string(containsString("#star-filled\"")));
        mvc.perform(owner.as(post("/creators/" + ana + "/favourite").with(csrf()).header("HX-Request", "true")));
        mvc.perform(owner.as(post("/creators/" + cleo + "/favourite").with(csrf()).param("returnTo", "/creators?favourites=true")))
                .andExpect(redirectedUrl("/creators?favourites=true"));
        mvc.perform(owner.as(post("/creators/" + cleo + "/favourite").with(csrf()).param("returnTo", "https://evil.example")))
                .andExpect(redirectedUrl("/creators/" + cleo));
        assertThat(jdbc.queryForList("select creator_id from creator_favourites f join members m on m.id = f.member_id "
                + "where m.email = ?", UUID.class, owner.email())).containsExactlyInAnyOrder(ben);
    }

    @Test
    void trackingStartsOnceWithItsReasonStopsAndListsOnTheTrackingPage() throws Exception {
        mvc.perform(owner.as(get("/creators/tracking"))).andExpect(content().string(containsString("No tracked creators yet")));
        mvc.perform(owner.as(post("/creators/" + ben + "/tracking").with(csrf()).param("reason", "Summer campaign")))
                .andExpect(redirectedUrl("/creators/" + ben));
        mvc.perform(owner.as(post("/creators/" + ben + "/tracking").with(csrf()).param("reason", "Twice")))
                .andExpect(redirectedUrl("/creators/" + ben));
        assertThat(jdbc.queryForObject("select tracking_reason from creators where id = ?", String.class, ben)).isEqualTo("Summer campaign");
        mvc.perform(owner.as(get("/creators/tracking")))
                .andExpect(content().string(containsString("Summer campaign")))
                .andExpect(content().string(containsString(">Ben<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Cleo<"))));
        mvc.perform(owner.as(post("/creators/" + cleo + "/tracking").with(csrf()).param("reason", "x".repeat(201))))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Use at most 200 characters.")));

        mvc.perform(owner.as(post("/creators/" + ben + "/tracking/stop").with(csrf()))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select tracked_since is null from creators where id = ?", Boolean.class, ben)).isTrue();
    }

    @Test
    void notesTagsAndProfileAreEditedWithValidation() throws Exception {
        mvc.perform(owner.as(post("/creators/" + ana + "/notes").with(csrf()).param("notes", "Prefers DMs")))
                .andExpect(redirectedUrl("/creators/" + ana));
        mvc.perform(owner.as(post("/creators/" + ana + "/tags").with(csrf()).param("tags", "a, b; c")))
                .andExpect(redirectedUrl("/creators/" + ana));
        assertThat(tags(ana)).isEqualTo("a|b|c");
        mvc.perform(owner.as(post("/creators/" + ana + "/edit").with(csrf()).param("displayName", " ").param("bio", "kept")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter the creator&#39;s name.")))
                .andExpect(content().string(containsString("kept")));
        mvc.perform(owner.as(post("/creators/" + ana + "/edit").with(csrf()).param("displayName", "Ana Maria")
                        .param("country", "XX")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Choose a country from the list.")));
        mvc.perform(owner.as(post("/creators/" + ana + "/edit").with(csrf()).param("displayName", "Ana Maria")
                        .param("country", "PT").param("avatarUrl", "javascript:alert(1)")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a web address starting with https://.")));
        mvc.perform(owner.as(post("/creators/" + ana + "/edit").with(csrf()).param("displayName", "Ana Maria")
                .param("country", "PT").param("language", "pt"))).andExpect(redirectedUrl("/creators/" + ana));
        mvc.perform(owner.as(get("/creators/" + ana)))
                .andExpect(content().string(containsString("Portugal")))
                .andExpect(content().string(containsString("Portuguese")))
                .andExpect(content().string(containsString("Prefers DMs")));
        mvc.perform(owner.as(post("/creators/" + ana + "/handles").with(csrf()).param("platform", "TIKTOK")
                        .param("handle", "ana.tt").param("followers", "-5")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Followers can&#39;t be negative.")));
        UUID handle = jdbc.queryForObject("select id from creator_handles where creator_id = ?", UUID.class, ana);
        mvc.perform(owner.as(post("/creators/" + ana + "/handles/" + handle).with(csrf()).param("platform", "INSTAGRAM")
                        .param("handle", "ana").param("engagementRate", "abc")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a percentage, like 3.5.")));
        mvc.perform(owner.as(post("/creators/" + ana + "/handles/" + handle).with(csrf()).param("platform", "INSTAGRAM")
                .param("handle", "ana").param("followers", "5000").param("engagementRate", "4.5")))
                .andExpect(redirectedUrl("/creators/" + ana));
        assertThat(jdbc.queryForObject("select engagement_rate::text from creators where id = ?", String.class, ana)).isEqualTo("4.50");
    }

    private String tags(UUID id) {
        return jdbc.queryForObject("select array_to_string(tags, '|') from creators where id = ?", String.class, id);
    }
}
