package com.creatordesk.mailbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.mailbox.MailboxTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo mode's sandbox, with every module's demo data: creators who wrote in, and the team's outreach. */
@IntegrationTest
class SandboxDemoDataIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SandboxMessages sandbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void theDemoOrganizationsSandboxHoldsCreatorsWritingInAndTheTeamsOutreachOnce() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Demo Sandbox Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        MemberId ownerId = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class,
                owner.email()));

        publish(new DemoOrganizationCreated(organization, ownerId));
        await().atMost(Duration.ofSeconds(90)).until(() -> demoDataPending(organization) == 0
                && sandbox.addresses(organization, null, 50).addresses().size() >= 3);
        publish(new DemoOrganizationCreated(organization, ownerId));
        await().atMost(Duration.ofSeconds(90)).until(() -> demoDataPending(organization) == 0);

        assertThat(sandbox.conversation(organization, "zoe@zoemartin.com.au")).singleElement().satisfies(mail -> {
            assertThat(mail.box()).isEqualTo(SandboxEntry.Box.SENT);
            assertThat(mail.subject()).isEqualTo("Travel series idea for Northwind");
        });
        assertThat(sandbox.conversation(organization, "kofi@mensah.gh")).hasSize(1);
        assertThat(sandbox.addresses(organization, null, 50).addresses()).as("the demo bulk send's creators too")
                .anyMatch(address -> address.latestSubject().startsWith("A little something for you"));
        String page = mvc.perform(owner.as(get("/mailbox/sandbox"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("zoe@zoemartin.com.au").contains("kofi@mensah.gh");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** This organization's demo-data events not yet handled by every module. */
    private int demoDataPending(OrganizationId organization) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like '%demo-data' "
                + "and completion_date is null and serialized_event like ?", Integer.class,
                "%" + organization.value() + "%");
    }
}
