package com.creatordesk.mailbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Shortcuts for mailbox tests: an account's organization, and saving mailbox settings through the real form. */
public final class MailboxTestSupport {

    private MailboxTestSupport() {
    }

    public record Invited(String email, String link) {
    }

    /** Invites a Member through Settings → Team and returns the invitation link shown there. */
    public static Invited invite(MockMvc mvc, SignedIn owner) throws Exception {
        String email = TestAccounts.uniqueEmail("member");
        mvc.perform(owner.as(post("/settings/team/invitations").with(csrf()).param("email", email).param("role", "MEMBER")))
                .andExpect(redirectedUrl("/settings/team"));
        String page = mvc.perform(owner.as(get("/settings/team"))).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("value=\"(http[^\"]*/invitations/[^\"]+)\"").matcher(page);
        if (!link.find()) {
            throw new AssertionError("no invitation link on the Team page");
        }
        return new Invited(email, link.group(1));
    }

    /** Invites and signs up a Member of the owner's organization. */
    public static SignedIn member(MockMvc mvc, SignedIn owner) throws Exception {
        Invited invited = invite(mvc, owner);
        String path = invited.link().substring(invited.link().indexOf("/invitations/"));
        MvcResult accepted = mvc.perform(post(path).with(csrf()).param("name", "Mia Member")
                        .param("password", TestAccounts.PASSWORD).param("confirmPassword", TestAccounts.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return new SignedIn(invited.email(), TestAccounts.sessionCookie(accepted));
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    public static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    public static OrganizationId organizationOf(JdbcTemplate jdbc, SignedIn account) {
        return new OrganizationId(jdbc.queryForObject("select organization_id from members where email = ?", UUID.class,
                account.email()));
    }

    /** The settings form, filled for plain (no TLS) servers on 127.0.0.1. */
    public static MockHttpServletRequestBuilder settingsForm(String path, int imapPort, int smtpPort, String username,
            String password) {
        return settingsForm(path, "127.0.0.1", imapPort, smtpPort, username, password);
    }

    public static MockHttpServletRequestBuilder settingsForm(String path, String host, int imapPort, int smtpPort,
            String username, String password) {
        return post(path).with(csrf())
                .param("senderName", "Northwind Partnerships")
                .param("senderAddress", "partners@northwind.test")
                .param("imapHost", host).param("imapPort", String.valueOf(imapPort)).param("imapSecurity", "NONE")
                .param("smtpHost", host).param("smtpPort", String.valueOf(smtpPort)).param("smtpSecurity", "NONE")
                .param("username", username)
                .param("password", password);
    }

    public static void saveMailbox(MockMvc mvc, SignedIn account, int imapPort, int smtpPort, String username,
            String password) throws Exception {
        mvc.perform(account.as(settingsForm("/settings/mailbox", imapPort, smtpPort, username, password)))
                .andExpect(redirectedUrl("/settings/mailbox"));
    }
}
