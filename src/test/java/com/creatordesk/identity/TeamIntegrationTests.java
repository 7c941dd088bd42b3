package com.creatordesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.TestClock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TeamIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInvitationLinkLetsTheInviteeJoinOnceAndSignsThemIn() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Invite Co");
        String email = TestAccounts.uniqueEmail("invitee");
        String link = invite(owner, email, "ADMIN");

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Join Invite Co")))
                .andExpect(content().string(Matchers.containsString(email)));
        var accepted = mvc.perform(accept(link, "Ian Invitee", "invitee-password-1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/settings/team").cookie(TestAccounts.sessionCookie(accepted))).andExpect(status().isOk());
        assertThat(roleOf(email)).isEqualTo("ADMIN");
        assertThat(organizationOf(email)).isEqualTo(organizationOf(owner.email()));

        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("already been used")));
        mvc.perform(accept(link, "Someone Else", "another-password-1")).andExpect(status().isGone());
        assertThat(jdbc.queryForObject("select count(*) from members where email = ?", Integer.class, email)).isOne();
    }

    @Test
    void anExpiredInvitationIsRefused() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Expiry Co");
        String email = TestAccounts.uniqueEmail("late");
        String link = invite(owner, email, "MEMBER");
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This invitation has expired")));
        mvc.perform(accept(link, "Late Larry", "late-password-1")).andExpect(status().isGone());
        assertThat(jdbc.queryForObject("select count(*) from members where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void aTamperedInvitationLinkIsRefused() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Tamper Co");
        String email = TestAccounts.uniqueEmail("tamper");
        String link = invite(owner, email, "MEMBER");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String forgedId = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        String tampered = "/invitations/" + forgedId + token.substring(token.indexOf('.'));

        mvc.perform(get(tampered)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This invitation link is not valid")));
        mvc.perform(accept(tampered, "Mallory", "mallory-password")).andExpect(status().isGone());
        mvc.perform(get(link.substring(0, link.length() - 2) + "xy")).andExpect(status().isGone());
        assertThat(jdbc.queryForObject("select count(*) from members where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void aWithdrawnInvitationNoLongerWorks() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Withdraw Co");
        String email = TestAccounts.uniqueEmail("withdrawn");
        String link = invite(owner, email, "MEMBER");
        UUID id = jdbc.queryForObject("select id from invitations where email = ?", UUID.class, email);
        mvc.perform(owner.as(post("/settings/team/invitations/" + id + "/revoke").with(csrf())))
                .andExpect(flash().attribute("flash", "Invitation withdrawn."));
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("withdrawn")));
    }

    @Test
    void invitingTwiceRenewsTheSameInvitationAndMembersCannotBeInvited() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Twice Co");
        String email = TestAccounts.uniqueEmail("twice");
        String first = invite(owner, email, "MEMBER");
        String second = invite(owner, email, "ADMIN");
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select role from invitations where email = ?", String.class, email)).isEqualTo("ADMIN");

        mvc.perform(owner.as(post("/settings/team/invitations").with(csrf()).param("email", owner.email()).param("role", "MEMBER")))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("already a member of your team")));
        SignedIn elsewhere = TestAccounts.signUp(mvc, "Other Co");
        mvc.perform(owner.as(post("/settings/team/invitations").with(csrf()).param("email", elsewhere.email()).param("role", "MEMBER")))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("already has a Creatordesk account")));
        mvc.perform(owner.as(post("/settings/team/invitations").with(csrf()).param("email", "not-an-email").param("role", "MEMBER")))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Enter a valid email address.")))
                .andExpect(content().string(Matchers.containsString("value=\"not-an-email\"")));
    }

    @Test
    void membersCannotOpenSettingsAndAdminsCannotGrantOrTouchOwners() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Roles Co");
        SignedIn member = join(owner, "MEMBER");
        SignedIn admin = join(owner, "ADMIN");

        mvc.perform(member.as(get("/settings/team"))).andExpect(status().isForbidden());
        mvc.perform(member.as(get("/settings/mailbox"))).andExpect(status().isForbidden());
        mvc.perform(member.as(get("/creators"))).andExpect(status().isOk());

        UUID ownerId = idOf(owner.email());
        mvc.perform(admin.as(post("/settings/team/members/" + ownerId + "/role").with(csrf()).param("role", "MEMBER")))
                .andExpect(flash().attribute("problem", "Only an Owner can change or remove another Owner."));
        mvc.perform(admin.as(post("/settings/team/members/" + idOf(member.email()) + "/role").with(csrf()).param("role", "OWNER")))
                .andExpect(flash().attribute("problem", "Only an Owner can grant the Owner role."));
        mvc.perform(admin.as(post("/settings/team/invitations").with(csrf()).param("email", TestAccounts.uniqueEmail("x")).param("role", "OWNER")))
                .andExpect(status().is(422));
        assertThat(roleOf(owner.email())).isEqualTo("OWNER");
        assertThat(roleOf(member.email())).isEqualTo("MEMBER");

        mvc.perform(admin.as(post("/settings/team/members/" + idOf(member.email()) + "/role").with(csrf()).param("role", "ADMIN")))
                .andExpect(flash().attribute("flash", "Role updated."));
        assertThat(roleOf(member.email())).isEqualTo("ADMIN");
        mvc.perform(member.as(get("/creators"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void theLastOwnerCanBeNeitherDemotedNorRemoved() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Last Owner Co");
        SignedIn second = join(owner, "OWNER");
        UUID firstId = idOf(owner.email());
        UUID secondId = idOf(second.email());

        mvc.perform(second.as(post("/settings/team/members/" + firstId + "/role").with(csrf()).param("role", "ADMIN")))
                .andExpect(flash().attribute("flash", "Role updated."));
        mvc.perform(second.as(post("/settings/team/members/" + firstId + "/role").with(csrf()).param("role", "OWNER")));
        SignedIn first = TestAccounts.signIn(mvc, owner.email(), TestAccounts.PASSWORD);
        mvc.perform(first.as(post("/settings/team/members/" + secondId + "/remove").with(csrf())))
                .andExpect(flash().attribute("flash", "Member removed."));
        assertThat(jdbc.queryForObject("select count(*) from members where id = ?", Integer.class, secondId)).isZero();

        SignedIn admin = join(first, "ADMIN");
        mvc.perform(admin.as(post("/settings/team/members/" + firstId + "/remove").with(csrf())))
                .andExpect(flash().attribute("problem", "Only an Owner can change or remove another Owner."));
        SignedIn secondOwner = join(first, "OWNER");
        mvc.perform(secondOwner.as(post("/settings/team/members/" + idOf(secondOwner.email()) + "/remove").with(csrf())))
                .andExpect(flash().attribute("problem", "You can't remove yourself. Ask another Owner or Admin."));
        mvc.perform(first.as(post("/settings/team/members/" + idOf(secondOwner.email()) + "/role").with(csrf()).param("role", "MEMBER")))
                .andExpect(flash().attribute("flash", "Role updated."));
        mvc.perform(first.as(post("/settings/team/members/" + firstId + "/role").with(csrf()).param("role", "ADMIN")))
                .andExpect(flash().attribute("problem",
                        "The last Owner can't be removed or demoted. Make someone else an Owner first."));
        assertThat(roleOf(owner.email())).isEqualTo("OWNER");
    }

    @Test
    void anotherOrganizationsMembersAndInvitationsAnswer404() throws Exception {
        SignedIn ours = TestAccounts.signUp(mvc, "Our Co");
        SignedIn theirs = TestAccounts.signUp(mvc, "Their Co");
        String theirInvitee = TestAccounts.uniqueEmail("their-invitee");
        invite(theirs, theirInvitee, "MEMBER");
        UUID theirOwner = idOf(theirs.email());
        UUID theirInvitation = jdbc.queryForObject("select id from invitations where email = ?", UUID.class, theirInvitee);

        mvc.perform(ours.as(post("/settings/team/members/" + theirOwner + "/role").with(csrf()).param("role", "MEMBER")))
                .andExpect(status().isNotFound());
        mvc.perform(ours.as(post("/settings/team/members/" + theirOwner + "/remove").with(csrf())))
                .andExpect(status().isNotFound());
        mvc.perform(ours.as(post("/settings/team/invitations/" + theirInvitation + "/revoke").with(csrf())))
                .andExpect(status().isNotFound());
        mvc.perform(ours.as(get("/settings/team")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(theirs.email()))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(theirInvitee))));
        assertThat(roleOf(theirs.email())).isEqualTo("OWNER");
        assertThat(jdbc.queryForObject("select count(*) from invitations where id = ?", Integer.class, theirInvitation)).isOne();
    }

    @Test
    void removingAMemberSignsThemOutEverywhere() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Removal Co");
        SignedIn member = join(owner, "MEMBER");
        mvc.perform(member.as(get("/campaigns"))).andExpect(status().isOk());
        mvc.perform(owner.as(post("/settings/team/members/" + idOf(member.email()) + "/remove").with(csrf())))
                .andExpect(flash().attribute("flash", "Member removed."));
        mvc.perform(member.as(get("/campaigns"))).andExpect(status().is3xxRedirection());
    }

    private String invite(SignedIn by, String email, String role) throws Exception {
        String page = mvc.perform(by.as(post("/settings/team/invitations").with(csrf()).param("email", email).param("role", role)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String html = mvc.perform(by.as(get(page))).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("value=\"http://localhost(/invitations/[^\"]+)\"[^>]*>").matcher(html);
        while (link.find()) {
            String path = link.group(1);
            if (html.substring(Math.max(0, link.start() - 400), link.start()).contains(email)) {
                return path;
            }
        }
        throw new AssertionError("no invitation link for " + email + " on the Team page");
    }

    private SignedIn join(SignedIn owner, String role) throws Exception {
        String email = TestAccounts.uniqueEmail(role.toLowerCase());
        String link = invite(owner, email, role);
        mvc.perform(accept(link, "Joiner " + role, TestAccounts.PASSWORD)).andExpect(status().is3xxRedirection());
        return TestAccounts.signIn(mvc, email, TestAccounts.PASSWORD);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder accept(String link, String name, String password) {
        return post(link).with(csrf()).param("name", name).param("password", password).param("confirmPassword", password);
    }

    private String roleOf(String email) {
        return jdbc.queryForObject("select role from members where email = ?", String.class, email);
    }

    private UUID idOf(String email) {
        return jdbc.queryForObject("select id from members where email = ?", UUID.class, email);
    }

    private UUID organizationOf(String email) {
        return jdbc.queryForObject("select organization_id from members where email = ?", UUID.class, email);
    }
}
