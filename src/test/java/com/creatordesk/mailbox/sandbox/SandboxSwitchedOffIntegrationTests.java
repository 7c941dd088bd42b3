package com.creatordesk.mailbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.MailboxStatus;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.MailboxUnavailableException;
import com.creatordesk.mailbox.Mailboxes;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Its own application context on purpose: the only way to run without the sandbox. */
@IntegrationTest
@TestPropertySource(properties = "creatordesk.sandbox.enabled=false")
class SandboxSwitchedOffIntegrationTests {

    static final String NOTHING_CAN_BE_SENT = "No team mailbox is connected and the sandbox mail server is switched off, "
            + "so nothing can be sent. An Owner or Admin can connect one in Settings → Mailbox.";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Mailboxes mailboxes;
    @Autowired MailSender sender;
    @Autowired MailboxSessions sessions;

    @Test
    void organizationsWithoutAMailboxCannotSendAndThePagesSaySo() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "No Sandbox Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);

        assertThat(mailboxes.status(organization)).isEqualTo(new MailboxStatus(MailboxStatus.Source.NONE, null, null, null));
        SendResult result = sender.send(organization, OutgoingMail.to("a@creator.test", "Hi", "Hi"));
        assertThat(result.status()).isEqualTo(SendResult.Status.TEMPORARY_FAILURE);
        assertThat(result.detail()).isEqualTo(NOTHING_CAN_BE_SENT);
        assertThatThrownBy(() -> sessions.open(organization)).isInstanceOf(MailboxUnavailableException.class)
                .hasMessage(NOTHING_CAN_BE_SENT);

        mvc.perform(owner.as(get("/settings/mailbox")))
                .andExpect(content().string(containsString("No mailbox connected — nothing can be sent.")))
                .andExpect(content().string(not(containsString("Sandbox — mail is not delivered"))))
                .andExpect(content().string(not(containsString("href=\"/mailbox/sandbox\""))));
        mvc.perform(owner.as(get("/mailbox/sandbox")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The sandbox is switched off")));
        mvc.perform(owner.as(post("/mailbox/sandbox/messages").with(csrf())
                        .param("from", "a@creator.test").param("subject", "x").param("body", "y")))
                .andExpect(status().isNotFound());
    }
}
