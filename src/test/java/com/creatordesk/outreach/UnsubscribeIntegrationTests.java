package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static com.creatordesk.outreach.OutreachTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UnsubscribeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;
    @Autowired SandboxServer sandbox;

    @Test
    void theLinkAsksOnGetActsOnPostWithoutSignInOrTokenAndEveryLaterSendSkipsTheAddress() throws Exception {
        Brand brand = brand(mvc, jdbc, "Unsubscribe Co");
        UUID template = template(mvc, brand.owner(), "Short", "Hi {{first_name}}", "Hello {{display_name}}");
        String address = unique("maya");
        UUID maya = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", address, null);
        UUID first = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "First"), template, maya);
        queue(bulkSends, jdbc, brand, first);
        worker.drainNow(brand.organization());
        String link = jdbc.queryForObject("select unsubscribe_url from outreach_messages where bulk_send_id = ?",
                String.class, first);
        String path = link.substring(link.indexOf("/u/"));
        assertThat((String) OutreachTestSupport.inbox(sandbox.imapPort(), address).get(0).getContent()).contains(link);
        UUID alreadyQueued = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "Second"), template, maya);
        queue(bulkSends, jdbc, brand, alreadyQueued);

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unsubscribe?")))
                .andExpect(content().string(containsString(address)));
        assertThat(unsubscribes(brand)).as("opening the link changes nothing").isZero();

        mvc.perform(post(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You're unsubscribed")));
        assertThat(unsubscribes(brand)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from outreach_messages where bulk_send_id = ?", String.class,
                alreadyQueued)).as("the email queued meanwhile is stopped").isEqualTo("SKIPPED");
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(unsubscribes(brand)).as("a mail client's one-click POST again is a no-op").isEqualTo(1);

        worker.drainNow(brand.organization());
        UUID later = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "Third"), template, maya);
        assertThat(jdbc.queryForObject("select state || ' ' || reason from outreach_bulk_recipients where bulk_send_id = ?",
                String.class, later)).isEqualTo("SKIPPED Unsubscribed.");
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), address)).hasSize(1);
    }

    @Test
    void aTamperedLinkIsNotFound() throws Exception {
        mvc.perform(get("/u/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
        mvc.perform(post("/u/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void aDraftToAnUnsubscribedCreatorIsRefused() throws Exception {
        Brand brand = brand(mvc, jdbc, "Refusing Co");
        String address = unique("una");
        UUID una = creator(mvc, brand.owner(), "Una Sub", "una.sub", address, null);
        UUID campaign = activeCampaign(mvc, brand.owner(), "Drafted");
        jdbc.update("insert into outreach_unsubscribes (id, organization_id, address, unsubscribed_at) values (?, ?, ?, now())",
                UUID.randomUUID(), brand.organization().value(), address);
        String draft = mvc.perform(brand.owner().as(post("/outreach/drafts").with(csrf()).param("creatorId", una.toString())
                .param("campaignId", campaign.toString()))).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(brand.owner().as(post(draft + "/send").with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Hi").param("body", "Hello {{first_name}}")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(address + " unsubscribed from your emails.")));
        assertThat(jdbc.queryForObject("select count(*) from outreach_messages where organization_id = ?", Integer.class,
                brand.organization().value())).isZero();
    }

    private int unsubscribes(Brand brand) {
        return jdbc.queryForObject("select count(*) from outreach_unsubscribes where organization_id = ?", Integer.class,
                brand.organization().value());
    }
}
