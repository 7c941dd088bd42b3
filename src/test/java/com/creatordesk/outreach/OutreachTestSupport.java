package com.creatordesk.outreach;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Role;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.outreach.domain.BulkSendService;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sets up outreach tests through the real forms: an organization, an Active campaign, creators, a template,
 * a bulk send; and reads what a creator received in the sandbox over IMAP.
 */
public final class OutreachTestSupport {

    private OutreachTestSupport() {
    }

    /** A fresh organization, its signed-in Owner and its id. */
    public record Brand(SignedIn owner, OrganizationId organization) {
    }

    public static Brand brand(MockMvc mvc, JdbcTemplate jdbc, String name) throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, name);
        return new Brand(owner, new OrganizationId(jdbc.queryForObject(
                "select organization_id from members where email = ?", UUID.class, owner.email())));
    }

    public static UUID activeCampaign(MockMvc mvc, SignedIn member, String name) throws Exception {
        return idFrom(mvc.perform(member.as(post("/campaigns").with(csrf()).param("name", name).param("status", "ACTIVE")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** A creator with one Instagram handle (none when null) and an email address (none when null). */
    public static UUID creator(MockMvc mvc, SignedIn member, String name, String handle, String email, String tags)
            throws Exception {
        MockHttpServletRequestBuilder form = post("/creators").with(csrf()).param("displayName", name)
                .param("email", email == null ? "" : email).param("tags", tags == null ? "" : tags);
        if (handle != null) {
            form.param("handles[0].platform", "INSTAGRAM").param("handles[0].handle", handle);
        }
        return idFrom(mvc.perform(member.as(form)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl());
    }

    public static UUID template(MockMvc mvc, SignedIn member, String name, String subject, String body) throws Exception {
        return idFrom(mvc.perform(member.as(post("/outreach/templates").with(csrf()).param("name", name)
                        .param("subject", subject).param("body", body)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** Step 1 of Bulk Send: campaign and template; returns the new bulk send, waiting for its recipients. */
    public static UUID newBulkSend(MockMvc mvc, SignedIn member, UUID campaign, UUID template) throws Exception {
        String recipients = mvc.perform(member.as(post("/outreach/bulk").with(csrf())
                        .param("campaignId", campaign.toString()).param("templateId", template.toString())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(recipients.replaceAll("^/outreach/bulk/([^/]+)/recipients.*$", "$1"));
    }

    /** Steps 1 and 2 of Bulk Send with selected creators; returns the bulk send, ready to Send. */
    public static UUID bulkSend(MockMvc mvc, SignedIn member, UUID campaign, UUID template, UUID... creators)
            throws Exception {
        UUID bulkSend = newBulkSend(mvc, member, campaign, template);
        MockHttpServletRequestBuilder choose = post("/outreach/bulk/" + bulkSend + "/recipients").with(csrf())
                .param("source", "SELECTED");
        for (UUID creator : creators) {
            choose.param("creatorIds", creator.toString());
        }
        mvc.perform(member.as(choose)).andExpect(status().is3xxRedirection());
        return bulkSend;
    }

    /** The Owner as the services see a signed-in member. */
    public static CurrentMember owner(JdbcTemplate jdbc, Brand brand) {
        return jdbc.queryForObject("select id, name from members where email = ?", (rs, row) -> new CurrentMember(
                new MemberId(rs.getObject("id", UUID.class)), brand.organization(), rs.getString("name"),
                brand.owner().email(), Role.OWNER), brand.owner().email());
    }

    /** Sends the bulk send as its Send button does, but without waking the worker: the emails stay Queued. */
    public static int queue(BulkSendService bulkSends, JdbcTemplate jdbc, Brand brand, UUID bulkSend) {
        return Tenancy.callAs(brand.organization(), () -> bulkSends.start(bulkSend, owner(jdbc, brand), "http://localhost"));
    }

    public static void send(MockMvc mvc, SignedIn member, UUID bulkSend) throws Exception {
        mvc.perform(member.as(post("/outreach/bulk/" + bulkSend + "/send").with(csrf()))).andExpect(status().is3xxRedirection());
    }

    /**
     * The messages in an address's sandbox inbox. GreenMail makes each address that receives mail a login with
     * itself as password; an address that never received anything has no login, hence nothing.
     */
    public static List<MimeMessage> inbox(int imapPort, String address) throws Exception {
        try {
            return folder(imapPort, address, address, "INBOX");
        } catch (AuthenticationFailedException noSuchLogin) {
            return List.of();
        }
    }

    public static List<MimeMessage> folder(int imapPort, String login, String password, String name) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, login, password);
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            folder.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    public static String unique(String who) {
        return TestAccounts.uniqueEmail(who);
    }

    private static UUID idFrom(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
