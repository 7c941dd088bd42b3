package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.SmtpStub;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every organization sees and sends only its own outreach; state changes need the CSRF token. */
@IntegrationTest
class OutreachIsolationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;

    @Test
    void anotherOrganizationsTemplatesDraftsBulkSendsAndCampaignTabAreNotFound() throws Exception {
        Brand a = brand(mvc, jdbc, "Org A");
        UUID campaign = activeCampaign(mvc, a.owner(), "A's campaign");
        UUID template = template(mvc, a.owner(), "A's template", "Hi {{first_name}}", "Hello");
        UUID creator = creator(mvc, a.owner(), "Ana Creator", "ana.a", "ana@creator.test", null);
        String draft = mvc.perform(a.owner().as(post("/outreach/drafts").with(csrf()).param("creatorId", creator.toString())
                .param("campaignId", campaign.toString()).param("templateId", template.toString())))
                .andReturn().getResponse().getRedirectedUrl();
        UUID bulk = bulkSend(mvc, a.owner(), campaign, template, creator);
        SignedIn b = brand(mvc, jdbc, "Org B").owner();

        for (String page : new String[] {"/outreach/templates/" + template, draft, "/outreach/bulk/" + bulk,
                "/outreach/bulk/" + bulk + "/recipients", "/outreach/bulk/" + bulk + "/progress",
                "/outreach/campaigns/" + campaign + "/tab"}) {
            mvc.perform(b.as(get(page))).andExpect(status().isNotFound());
        }
        for (MockHttpServletRequestBuilder change : new MockHttpServletRequestBuilder[] {
                post("/outreach/templates/" + template).param("name", "Stolen").param("subject", "x").param("body", "y"),
                post("/outreach/templates/" + template + "/delete"),
                post(draft).param("campaignId", campaign.toString()).param("subject", "x").param("body", "y"),
                post(draft + "/send").param("campaignId", campaign.toString()).param("subject", "x").param("body", "y"),
                post(draft + "/test").param("campaignId", campaign.toString()).param("subject", "x").param("body", "y"),
                post(draft + "/delete"),
                post("/outreach/bulk/" + bulk + "/recipients").param("source", "SELECTED").param("creatorIds", creator.toString()),
                post("/outreach/bulk/" + bulk + "/send")}) {
            mvc.perform(b.as(change.with(csrf()))).andExpect(status().isNotFound());
        }

        assertThat(jdbc.queryForObject("select name from outreach_templates where id = ?", String.class, template))
                .isEqualTo("A's template");
        assertThat(jdbc.queryForObject("select count(*) from outreach_drafts where organization_id = ?", Integer.class,
                a.organization().value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select state from outreach_bulk_sends where id = ?", String.class, bulk))
                .isEqualTo("PREPARING");
        mvc.perform(a.owner().as(get("/outreach/campaigns/" + campaign + "/tab"))).andExpect(status().isOk());
        String bTemplates = mvc.perform(b.as(get("/outreach/templates"))).andReturn().getResponse().getContentAsString();
        assertThat(bTemplates).doesNotContain("A&#39;s template").contains("No templates yet");
    }

    @Test
    void theWorkerSendsEachOrganizationsEmailsThroughItsOwnMailboxOnly() throws Exception {
        try (SmtpStub aServer = new SmtpStub(0); SmtpStub bServer = new SmtpStub(0)) {
            Brand a = withMailbox("Mail A", aServer);
            Brand b = withMailbox("Mail B", bServer);
            UUID aBulk = queuedTo(a, "ana@a-creator.test");
            UUID bBulk = queuedTo(b, "bo@b-creator.test");

            assertThat(worker.drainNow(a.organization())).as("A's run takes A's emails only").isEqualTo(1);
            assertThat(bServer.accepted()).isEmpty();
            assertThat(jdbc.queryForObject("select status from outreach_messages where bulk_send_id = ?", String.class,
                    bBulk)).isEqualTo("QUEUED");
            worker.drainNow(b.organization());

            assertThat(aServer.accepted()).singleElement().asString().contains("To: ana@a-creator.test");
            assertThat(bServer.accepted()).singleElement().asString().contains("To: bo@b-creator.test");
            assertThat(jdbc.queryForList("select status from outreach_messages where bulk_send_id in (?, ?)", String.class,
                    aBulk, bBulk)).containsOnly("SENT");
        }
    }

    @Test
    void stateChangesWithoutTheCsrfTokenAreRefused() throws Exception {
        Brand brand = brand(mvc, jdbc, "Csrf Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Csrf");
        UUID template = template(mvc, brand.owner(), "Guarded", "Hi", "Hello");
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template,
                creator(mvc, brand.owner(), "Cara Csrf", "cara", "cara@creator.test", null));

        for (MockHttpServletRequestBuilder change : new MockHttpServletRequestBuilder[] {
                post("/outreach/templates").param("name", "Forged").param("subject", "x").param("body", "y"),
                post("/outreach/templates/" + template + "/delete"),
                post("/outreach/bulk").param("campaignId", campaign.toString()).param("templateId", template.toString()),
                post("/outreach/bulk/" + bulk + "/send"),
                post("/outreach/drafts"),
                post("/outreach/limits").param("dailyCap", "1"),
                post("/outreach/preview").param("subject", "x")}) {
            mvc.perform(brand.owner().as(change)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select state from outreach_bulk_sends where id = ?", String.class, bulk))
                .isEqualTo("PREPARING");
        assertThat(jdbc.queryForObject("select count(*) from outreach_templates where organization_id = ?", Integer.class,
                brand.organization().value())).isEqualTo(1);
    }

    @Test
    void onlyOwnersAndAdminsChangeTheSendingLimits() throws Exception {
        Brand brand = brand(mvc, jdbc, "Limits Roles Co");
        SignedIn member = MailboxTestSupport.member(mvc, brand.owner());

        mvc.perform(member.as(get("/outreach/limits"))).andExpect(status().isOk());
        mvc.perform(member.as(post("/outreach/limits").with(csrf()).param("dailyCap", "1"))).andExpect(status().isForbidden());
        mvc.perform(brand.owner().as(post("/outreach/limits").with(csrf()).param("dailyCap", "lots")))
                .andExpect(status().isUnprocessableEntity());

        assertThat(jdbc.queryForList("select daily_cap from outreach_sending_limits where organization_id = ?",
                Integer.class, brand.organization().value())).allMatch(cap -> cap == null);
    }

    private Brand withMailbox(String name, SmtpStub server) throws Exception {
        Brand brand = brand(mvc, jdbc, name);
        MailboxTestSupport.saveMailbox(mvc, brand.owner(), MailboxTestSupport.closedPort(), server.port(),
                "partners@northwind.test", "stub-password");
        return brand;
    }

    private UUID queuedTo(Brand brand, String address) throws Exception {
        UUID bulk = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "Isolated"),
                template(mvc, brand.owner(), "Short", "Hi", "Hello {{display_name}}"),
                creator(mvc, brand.owner(), "Someone", address.substring(0, address.indexOf('@')), address, null));
        queue(bulkSends, jdbc, brand, bulk);
        return bulk;
    }
}
