package com.creatordesk.creators;

import static com.creatordesk.creators.CreatorsWebTestSupport.addCreator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The Creator Pool's rules: a platform + handle and an email address belong to at most one creator. */
@IntegrationTest
class CreatorRulesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewCreatorIsAddedWithHandlesEmailsTagsAndShownOnTheirPage() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Rules Co");
        UUID id = addCreator(mvc, owner, "Jane Doe", Platform.INSTAGRAM, "@JaneDoe", "Jane@Example.com",
                "handles[0].followers", "12,300", "handles[0].engagementRate", "3.5",
                "handles[1].platform", "TIKTOK", "handles[1].handle", "https://www.tiktok.com/@janedoe.tt",
                "handles[1].followers", "7700", "otherEmails", "jane.work@example.com", "country", "DE", "language", "de",
                "tags", "vip, Beauty, vip", "notes", "Met at a fair");

        mvc.perform(owner.as(get("/creators/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jane Doe")))
                .andExpect(content().string(containsString("@JaneDoe")))
                .andExpect(content().string(containsString("@janedoe.tt")))
                .andExpect(content().string(containsString("jane@example.com")))
                .andExpect(content().string(containsString("jane.work@example.com")))
                .andExpect(content().string(containsString("Germany")))
                .andExpect(content().string(containsString("20K")))
                .andExpect(content().string(containsString("Met at a fair")));
        assertThat(jdbc.queryForObject("select array_to_string(tags, '|') from creators where id = ?", String.class, id))
                .isEqualTo("vip|Beauty");
        assertThat(jdbc.queryForObject("select followers from creators where id = ?", Long.class, id)).isEqualTo(20_000L);
        assertThat(jdbc.queryForObject("select primary_email from creators where id = ?", String.class, id)).isEqualTo("jane@example.com");
    }

    @Test
    void aHandleAlreadyInThePoolIsRefusedIgnoringCaseAndTheAtSignWithALinkToItsCreator() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Handles Co");
        UUID existing = addCreator(mvc, owner, "Mia Rossi", Platform.INSTAGRAM, "mia.rossi", null);

        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Someone Else")
                        .param("handles[0].platform", "INSTAGRAM")
                        .param("handles[0].handle", "@MIA.Rossi")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Instagram handle @mia.rossi already belongs to Mia Rossi.")))
                .andExpect(content().string(containsString("href=\"/creators/" + existing + "\"")))
                .andExpect(content().string(containsString("value=\"Someone Else\"")));
        assertThat(count(owner, "Someone Else")).isZero();

        // The same handle on another platform is a different handle.
        addCreator(mvc, owner, "Mia on TikTok", Platform.TIKTOK, "mia.rossi", null);
    }

    @Test
    void anEmailAlreadyInThePoolIsRefusedIgnoringCaseWithALinkToItsCreator() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Emails Co");
        UUID existing = addCreator(mvc, owner, "Leo Park", Platform.YOUTUBE, "leopark", "leo@park.tv");

        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Leo Again")
                        .param("handles[0].platform", "X")
                        .param("handles[0].handle", "leo_again")
                        .param("email", "LEO@Park.TV")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("The email address leo@park.tv already belongs to Leo Park.")))
                .andExpect(content().string(containsString("href=\"/creators/" + existing + "\"")));
        assertThat(count(owner, "Leo Again")).isZero();

        UUID other = addCreator(mvc, owner, "Other", Platform.X, "other_one", null);
        mvc.perform(owner.as(post("/creators/" + other + "/emails").with(csrf()).param("address", "Leo@park.tv")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("already belongs to Leo Park")))
                .andExpect(content().string(containsString("href=\"/creators/" + existing + "\"")));
        mvc.perform(owner.as(post("/creators/" + other + "/handles").with(csrf())
                        .param("platform", "YOUTUBE").param("handle", "LeoPark")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("YouTube handle @leopark already belongs to Leo Park.")));
    }

    @Test
    void theSameHandleAndEmailMayBelongToCreatorsOfDifferentOrganizations() throws Exception {
        SignedIn first = TestAccounts.signUp(mvc, "First Org");
        SignedIn second = TestAccounts.signUp(mvc, "Second Org");
        addCreator(mvc, first, "Sam Lee", Platform.TWITCH, "samlee", "sam@lee.gg");
        addCreator(mvc, second, "Sam Lee", Platform.TWITCH, "samlee", "sam@lee.gg");
    }

    @Test
    void badInputIsShownNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Typos Co");
        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Typo Tom")
                        .param("handles[0].platform", "INSTAGRAM")
                        .param("handles[0].handle", "tom typo")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Use only letters, digits, dots, dashes and underscores.")))
                .andExpect(content().string(containsString("value=\"tom typo\"")));
        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Typo Tom")
                        .param("handles[0].platform", "INSTAGRAM")
                        .param("handles[0].handle", "tomtypo")
                        .param("handles[0].followers", "lots")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a whole number, like 12500.")));
        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Typo Tom")
                        .param("handles[0].platform", "INSTAGRAM")
                        .param("handles[0].handle", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Add at least one platform handle.")));
        mvc.perform(owner.as(post("/creators").with(csrf())
                        .param("displayName", "Typo Tom")
                        .param("handles[0].platform", "INSTAGRAM")
                        .param("handles[0].handle", "tomtypo")
                        .param("email", "tom@")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a valid email address")));
        assertThat(count(owner, "Typo Tom")).isZero();
    }

    @Test
    void theLastHandleCannotBeRemovedAndRemovingThePrimaryEmailPromotesTheNext() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Contacts Co");
        UUID id = addCreator(mvc, owner, "Ana Lima", Platform.INSTAGRAM, "analima", "ana@lima.br", "otherEmails", "ana2@lima.br");
        UUID handle = jdbc.queryForObject("select id from creator_handles where creator_id = ?", UUID.class, id);
        mvc.perform(owner.as(post("/creators/" + id + "/handles/" + handle + "/remove").with(csrf())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(owner.as(get("/creators/" + id)))
                .andExpect(content().string(not(containsString("A creator needs at least one platform handle."))));
        assertThat(jdbc.queryForObject("select count(*) from creator_handles where creator_id = ?", Integer.class, id)).isEqualTo(1);

        UUID primary = jdbc.queryForObject("select id from creator_emails where creator_id = ? and is_primary", UUID.class, id);
        mvc.perform(owner.as(post("/creators/" + id + "/emails/" + primary + "/remove").with(csrf())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select primary_email from creators where id = ?", String.class, id)).isEqualTo("ana2@lima.br");
    }

    private int count(SignedIn member, String name) {
        return jdbc.queryForObject("select count(*) from creators c join members m on m.organization_id = c.organization_id "
                + "where m.email = ? and c.display_name = ?", Integer.class, member.email(), name);
    }
}
