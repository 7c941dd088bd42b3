package com.creatordesk.mailbox.web;

import static com.creatordesk.mailbox.MailboxTestSupport.settingsForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Test connection against real servers: the sandbox's GreenMail (with sign-in), a closed port, a name that doesn't resolve. */
@IntegrationTest
class TestConnectionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SandboxServer sandbox;

    @Test
    void signsInToBothServersWithTheRightPassword() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Test Ok Co");
        TeamMailbox team = sandbox.teamMailbox(MailboxTestSupport.organizationOf(jdbc, owner));

        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", sandbox.imapPort(), sandbox.smtpPort(), team.username(),
                        team.password()).header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("IMAP: connected to 127.0.0.1:" + sandbox.imapPort() + " and signed in.")))
                .andExpect(content().string(containsString("SMTP: connected to 127.0.0.1:" + sandbox.smtpPort() + " and signed in.")));
    }

    @Test
    void saysTheServerRefusedAWrongPassword() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Test Auth Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        String user = sandbox.teamMailbox(organization).username();

        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", sandbox.imapPort(), sandbox.smtpPort(), user, "wrong-password")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("IMAP: the server refused the user name or password "
                        + "(LOGIN failed. Invalid login/password for user id " + user + ").")))
                .andExpect(content().string(containsString("SMTP: the server refused the user name or password "
                        + "(535 5.7.8  Authentication credentials invalid).")));
    }

    @Test
    void saysWhichPortRefusedTheConnection() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Test Refused Co");
        int closed = MailboxTestSupport.closedPort();

        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", closed, sandbox.smtpPort(), "someone", "pw")))
                .andExpect(content().string(containsString("IMAP: connection refused by 127.0.0.1:" + closed
                        + " — nothing accepts connections on that port. Check the host and the port.")));
    }

    @Test
    void saysTheHostNameDoesNotResolve() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Test Dns Co");

        mvc.perform(owner.as(settingsForm("/settings/mailbox/test", "no-such-host.invalid", 993, 587, "someone", "pw")))
                .andExpect(content().string(containsString("IMAP: unknown host &quot;no-such-host.invalid&quot; — the name "
                        + "doesn&#39;t resolve (DNS). Check the host name.")))
                .andExpect(content().string(containsString("SMTP: unknown host &quot;no-such-host.invalid&quot;")));
    }
}
