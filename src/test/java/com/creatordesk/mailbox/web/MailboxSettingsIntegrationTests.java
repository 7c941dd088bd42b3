package com.creatordesk.mailbox.web;

import static com.creatordesk.mailbox.MailboxTestSupport.settingsForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.Mailboxes;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.mailbox.domain.SecretCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailboxSettingsIntegrationTests {

    static final String PASSWORD = "s3cret-Mailbox-Pass";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecretCipher cipher;
    @Autowired Mailboxes mailboxes;
    @Autowired MailSender sender;

    @Test
    void aFreshOrganizationIsOnTheSandbox() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Fresh Co");

        mvc.perform(owner.as(get("/settings/mailbox")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sandbox — mail is not delivered to the internet.")))
                .andExpect(content().string(containsString("Connect your team mailbox")));
    }

    @Test
    void thePasswordIsStoredEncryptedAndNeverShownAgain() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Secret Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", PASSWORD);

        String stored = storedPassword(organization);
        assertThat(stored).startsWith("v1:").doesNotContain(PASSWORD);
        assertThat(cipher.decrypt(stored, organization.value())).isEqualTo(PASSWORD);
        mvc.perform(owner.as(get("/settings/mailbox")))
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(containsString("•••• saved — leave empty to keep")))
                .andExpect(content().string(containsString("Connected: mail is sent from")));

        mvc.perform(owner.as(settingsForm("/settings/mailbox", 143, 25, "partners@northwind.test", "")))
                .andExpect(redirectedUrl("/settings/mailbox"));
        assertThat(cipher.decrypt(storedPassword(organization), organization.value())).isEqualTo(PASSWORD);
        assertThat(jdbc.queryForObject("select imap_port from mailbox_accounts where organization_id = ?", Integer.class,
                organization.value())).isEqualTo(143);
    }

    @Test
    void thePasswordNeverReachesTheLogsWhatEverFails(CapturedOutput output) throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Quiet Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        int closed = MailboxTestSupport.closedPort();
        MailboxTestSupport.saveMailbox(mvc, owner, closed, closed, "partners@northwind.test", PASSWORD);

        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", closed, closed, "partners@northwind.test", PASSWORD)))
                .andExpect(content().string(containsString("IMAP: connection refused")));
        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", closed, closed, "partners@northwind.test", "")))
                .andExpect(content().string(containsString("SMTP: connection refused")));
        assertThat(sender.send(organization, OutgoingMail.to("a@creator.test", "Hi", "Hi")).isSent()).isFalse();
        MailboxTestSupport.invite(mvc, owner);

        assertThat(output).as("the failures were logged").contains("not emailed (SMTP: connection refused")
                .doesNotContain(PASSWORD);
    }

    @Test
    void theSavedPasswordIsNeverSentToAnotherServer() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Repoint Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", PASSWORD);
        String stored = storedPassword(organization);
        String enterAgain = "Enter the password again: the saved one is only used with the saved hosts, security "
                + "settings and user name.";

        for (String path : new String[] {"/settings/mailbox", "/settings/mailbox/test"}) {
            mvc.perform(owner.as(settingsForm(path, "collector.attacker.test", 993, 587, "partners@northwind.test", "")))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString(enterAgain)));
            mvc.perform(owner.as(settingsForm(path, 993, 587, "someone-else@northwind.test", "")))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString(enterAgain)));
        }
        assertThat(storedPassword(organization)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select imap_host from mailbox_accounts where organization_id = ?", String.class,
                organization.value())).isEqualTo("127.0.0.1");
    }

    @Test
    void aTamperedPasswordIsRefusedAndMustBeEnteredAgain() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Tampered Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", PASSWORD);
        String stored = storedPassword(organization);
        char last = stored.charAt(stored.length() - 3);
        setStoredPassword(organization, stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 2));

        mvc.perform(owner.as(get("/settings/mailbox")))
                .andExpect(content().string(containsString("The saved password can't be decrypted.")));
        assertThat(mailboxes.status(organization).canSend()).isFalse();
        SendResult result = sender.send(organization, OutgoingMail.to("a@creator.test", "Hi", "Hi"));
        assertThat(result.status()).isEqualTo(SendResult.Status.TEMPORARY_FAILURE);
        assertThat(result.detail()).contains("can't be decrypted");

        mvc.perform(owner.as(settingsForm("/settings/mailbox", 993, 587, "partners@northwind.test", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("The saved password can&#39;t be decrypted any more. Enter it again.")));
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", "new-password");
        assertThat(mailboxes.status(organization).canSend()).isTrue();
    }

    @Test
    void aLostSecretKeyAsksForThePasswordAgain() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Lost Key Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", PASSWORD);
        String[] parts = storedPassword(organization).split(":", 3);
        setStoredPassword(organization, parts[0] + ":0badc0de:" + parts[2]);

        mvc.perform(owner.as(get("/settings/mailbox")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the secret key (CREATORDESK_SECRET_KEY) has changed")))
                .andExpect(content().string(containsString("Re-enter the password")));
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndKept() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Typo Co");

        mvc.perform(owner.as(post("/settings/mailbox").with(csrf())
                        .param("senderName", "Typo Team").param("senderAddress", "not-an-address")
                        .param("imapHost", "https://imap.typo.test").param("imapPort", "99999").param("imapSecurity", "TLS")
                        .param("smtpHost", "smtp.typo.test").param("smtpPort", "587").param("smtpSecurity", "STARTTLS")
                        .param("username", "").param("password", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a valid email address.")))
                .andExpect(content().string(containsString("Enter a host name or IP address, without http:// or a port.")))
                .andExpect(content().string(containsString("Enter a port between 1 and 65535.")))
                .andExpect(content().string(containsString("Enter the user name you sign in to the mailbox with.")))
                .andExpect(content().string(containsString("value=\"Typo Team\"")));
        assertThat(jdbc.queryForObject("select count(*) from mailbox_accounts where organization_id = ?", Integer.class,
                MailboxTestSupport.organizationOf(jdbc, owner).value())).isZero();
    }

    @Test
    void aNewMailboxNeedsAPassword() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "No Password Co");

        mvc.perform(owner.as(settingsForm("/settings/mailbox", 993, 587, "partners@northwind.test", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter the mailbox password.")));
    }

    @Test
    void disconnectingGoesBackToTheSandbox() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Disconnect Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MailboxTestSupport.saveMailbox(mvc, owner, 993, 587, "partners@northwind.test", PASSWORD);

        mvc.perform(owner.as(post("/settings/mailbox/remove").with(csrf()))).andExpect(redirectedUrl("/settings/mailbox"));

        assertThat(mailboxes.status(organization).isSandbox()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mailbox_accounts where organization_id = ?", Integer.class,
                organization.value())).isZero();
    }

    @Test
    void aMemberMayNotOpenMailboxSettings() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Roles Co");
        SignedIn member = MailboxTestSupport.member(mvc, owner);

        mvc.perform(member.as(get("/settings/mailbox"))).andExpect(status().isForbidden());
        mvc.perform(member.as(settingsForm("/settings/mailbox", 993, 587, "x@y.test", "pw"))).andExpect(status().isForbidden());
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Csrf Co");

        mvc.perform(owner.as(post("/settings/mailbox").param("senderName", "X"))).andExpect(status().isForbidden());
        mvc.perform(owner.as(post("/settings/mailbox/remove"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from mailbox_accounts where organization_id = ?", Integer.class,
                MailboxTestSupport.organizationOf(jdbc, owner).value())).isZero();
    }

    @Test
    void anotherOrganizationSeesNeitherTheSettingsNorUsesTheSavedPassword() throws Exception {
        SignedIn ownerA = TestAccounts.signUp(mvc, "Org A");
        MailboxTestSupport.saveMailbox(mvc, ownerA, 993, 587, "partners@northwind.test", PASSWORD);
        SignedIn ownerB = TestAccounts.signUp(mvc, "Org B");

        mvc.perform(ownerB.as(get("/settings/mailbox")))
                .andExpect(content().string(not(containsString("partners@northwind.test"))))
                .andExpect(content().string(containsString("Sandbox — mail is not delivered to the internet.")));
        mvc.perform(ownerB.as(settingsForm("/settings/mailbox/test", 993, 587, "partners@northwind.test", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter the mailbox password.")));
        mvc.perform(ownerB.as(post("/settings/mailbox/remove").with(csrf()))).andExpect(redirectedUrl("/settings/mailbox"));
        assertThat(mailboxes.status(MailboxTestSupport.organizationOf(jdbc, ownerA)).source())
                .isEqualTo(com.creatordesk.mailbox.MailboxStatus.Source.CONFIGURED);
    }

    private String storedPassword(OrganizationId organization) {
        return jdbc.queryForObject("select password_encrypted from mailbox_accounts where organization_id = ?", String.class,
                organization.value());
    }

    private void setStoredPassword(OrganizationId organization, String value) {
        jdbc.update("update mailbox_accounts set password_encrypted = ? where organization_id = ?", value, organization.value());
    }
}
