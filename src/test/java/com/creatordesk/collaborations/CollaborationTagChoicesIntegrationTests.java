package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static com.creatordesk.collaborations.TestCollaborations.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.CrossedTransactions;
import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The list's Tag suggestions are counted by triggers (V7_4) instead of read from every collaboration: after
 * each kind of write they must be exactly what reading the collaborations answers.
 */
@IntegrationTest
class CollaborationTagChoicesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    SignedIn owner;
    UUID campaign;
    UUID ana;
    UUID ben;
    UUID cy;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Tag Choices Brand");
        campaign = campaign(mvc, owner, "Tag Campaign");
        ana = create(mvc, owner, campaign, creator(mvc, owner, "Ana Lima", "TIKTOK", "@analima"), "tags", "VIP");
        ben = create(mvc, owner, campaign, creator(mvc, owner, "Ben Ode", "TIKTOK", "@benode"), "tags", "VIP, ambassador");
        cy = create(mvc, owner, campaign, creator(mvc, owner, "Cy Roth", "TIKTOK", "@cyroth"));
    }

    @Test
    void aTagIsOfferedWhileACollaborationCarriesItWhateverChangedIt() throws Exception {
        assertThat(choices(owner)).containsExactly("VIP", "ambassador");

        batch("add-tag", "launch", ana, cy);
        assertThat(choices(owner)).containsExactly("VIP", "ambassador", "launch");

        mvc.perform(owner.as(post("/collaborations/" + ben + "/edit").with(csrf()).param("tags", "VIP").param("postCount", "1")))
                .andExpect(status().is3xxRedirection());
        assertThat(choices(owner)).as("ambassador left its last collaboration").containsExactly("VIP", "launch");

        batch("remove-tag", "vip", ana);
        assertThat(choices(owner)).as("Ben is still tagged").containsExactly("VIP", "launch");
        batch("remove-tag", "VIP", ben);
        batch("status", "COMPLETED", ana, cy);
        assertThat(statusOf(jdbc, cy)).isEqualTo("COMPLETED");
        assertThat(choices(owner)).as("a change that keeps the tags keeps the count").containsExactly("launch");
    }

    @Test
    void tagsKeepTheCaseEachCollaborationWasTaggedIn() throws Exception {
        batch("add-tag", "vip", cy);
        assertThat(choices(owner)).as("like the collaborations, the choices tell VIP and vip apart")
                .containsExactly("VIP", "ambassador", "vip");
        batch("remove-tag", "Vip", cy);
        assertThat(choices(owner)).containsExactly("VIP", "ambassador");
    }

    @Test
    void sqlUpdatesAndDeletesCountToo() throws Exception {
        jdbc.update("""
                update collaborations set tags = array(select 'tag ' || lpad(n::text, 3, '0')
                                                       from generate_series(case when id = ? then 0 else 20 end, 219) n)
                where id in (?, ?)""", ana, ana, ben);
        assertThat(choices(owner)).as("at most 200, in order").hasSize(200).startsWith("tag 000").endsWith("tag 199")
                .isEqualTo(readFromTheCollaborations());

        jdbc.update("delete from collaboration_activities where collaboration_id in (?, ?)", ana, ben);
        jdbc.update("delete from collaborations where id in (?, ?)", ana, ben);
        assertThat(choices(owner)).isEmpty();
        assertThat(readFromTheCollaborations()).isEmpty();
    }

    /** Counted as each statement ran, the new tags' counts were locked to the commit: the two waited for each other. */
    @Test
    void transactionsTaggingInOppositeOrdersBothCommit() throws Exception {
        UUID dee = create(mvc, owner, campaign, creator(mvc, owner, "Dee Park", "TIKTOK", "@deepark"));
        String tag = "update collaborations set tags = array_append(tags, ?) where id = ?";
        CrossedTransactions.run(dataSource, tag,
                new Object[][] {{"alpha", ana}, {"beta", ben}},
                new Object[][] {{"beta", cy}, {"alpha", dee}});

        assertThat(jdbc.queryForList("select uses from collaboration_tag_names where organization_id = ? "
                + "and tag in ('alpha', 'beta')", Integer.class, organizationOf(jdbc, owner).value())).containsExactly(2, 2);
        assertThat(choices(owner)).containsExactly("VIP", "alpha", "ambassador", "beta").isEqualTo(readFromTheCollaborations());
    }

    @Test
    void anotherOrganizationsTagsAreNeverOfferedNorCounted() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other Tag Brand");
        UUID theirs = create(mvc, other, campaign(mvc, other, "Theirs"), creator(mvc, other, "Theo", "TIKTOK", "@theo"),
                "tags", "secret, VIP");
        assertThat(choices(owner)).containsExactly("VIP", "ambassador");
        assertThat(choices(other)).containsExactly("VIP", "secret");

        jdbc.update("update collaborations set tags = '{}' where id = ?", theirs);
        assertThat(choices(other)).isEmpty();
        assertThat(choices(owner)).containsExactly("VIP", "ambassador");
    }

    private List<String> choices(SignedIn member) throws Exception {
        return Jsoup.parse(mvc.perform(member.as(get("/collaborations/tags"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).select("datalist option").eachAttr("value");
    }

    /** What the list offered before the tags were counted. */
    private List<String> readFromTheCollaborations() {
        return jdbc.queryForList("select distinct tag from collaborations, unnest(tags) as tag where organization_id = ? "
                + "order by tag limit 200", String.class, organizationOf(jdbc, owner).value());
    }

    private void batch(String action, String value, UUID... ids) throws Exception {
        MockHttpServletRequestBuilder request = post("/collaborations/batch").with(csrf()).header("HX-Request", "true")
                .param("action", action).param(action.equals("status") ? "batchStatus" : "batchTag", value);
        for (UUID id : ids) {
            request.param("ids", id.toString());
        }
        mvc.perform(owner.as(request)).andExpect(status().isOk());
    }
}
