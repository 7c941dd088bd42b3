package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static com.creatordesk.outreach.OutreachTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.DraftService;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DraftIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SandboxServer sandbox;
    @Autowired DraftService drafts;

    @Test
    void aDraftFromATemplateIsEditedTestedOnTheSenderWithoutRecordingAndThenSentToTheCreator() throws Exception {
        Brand brand = brand(mvc, jdbc, "Draft Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Spring Trail");
        UUID template = template(mvc, brand.owner(), "Intro", "Hello {{first_name}}", "Hi {{first_name}}, {{campaign_name}}?");
        String address = unique("maya");
        UUID maya = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", address, null);
        String draft = mvc.perform(brand.owner().as(post("/outreach/drafts").with(csrf()).param("creatorId", maya.toString())
                        .param("campaignId", campaign.toString()).param("templateId", template.toString())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(brand.owner().as(get(draft))).andReturn().getResponse().getContentAsString())
                .contains("Hello {{first_name}}").contains("Hello Maya");

        mvc.perform(brand.owner().as(post(draft).with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Hello {{first_name}}").param("body", "Hi {{frist_name}}")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(brand.owner().as(post(draft + "/test").with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Hello {{first_name}}").param("body", "Hi {{first_name}}, join {{campaign_name}}!")))
                .andExpect(status().is3xxRedirection());

        List<MimeMessage> tests = OutreachTestSupport.inbox(sandbox.imapPort(), brand.owner().email());
        assertThat(tests).extracting(MimeMessage::getSubject).containsExactly("[TEST] Hello Maya");
        assertThat((String) tests.get(0).getContent()).startsWith("Hi Maya, join Spring Trail!");
        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), address)).isEmpty();
        assertThat(messages(brand)).as("a test is not outreach").isZero();

        mvc.perform(brand.owner().as(post(draft + "/send").with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Hello {{first_name}}").param("body", "Hi {{first_name}}, join {{campaign_name}}!")))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from outreach_messages where organization_id = ? and status = 'SENT'", Integer.class,
                brand.organization().value()) == 1);

        assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), address)).extracting(MimeMessage::getSubject)
                .containsExactly("Hello Maya");
        String page = mvc.perform(brand.owner().as(get(draft))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sent").doesNotContain("Send test to me");
        mvc.perform(brand.owner().as(post(draft + "/send").with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Again").param("body", "Again")))
                .andExpect(status().isUnprocessableEntity());
        assertThat(messages(brand)).as("a draft is sent once").isEqualTo(1);
    }

    @Test
    void aDraftToACreatorWithoutEmailCanBeWrittenButNotSent() throws Exception {
        Brand brand = brand(mvc, jdbc, "No Mail Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Quiet");
        UUID noel = creator(mvc, brand.owner(), "Noel Nomail", "noel", null, null);
        String draft = mvc.perform(brand.owner().as(post("/outreach/drafts").with(csrf()).param("creatorId", noel.toString())
                .param("campaignId", campaign.toString()))).andReturn().getResponse().getRedirectedUrl();

        String refused = mvc.perform(brand.owner().as(post(draft + "/send").with(csrf()).param("campaignId", campaign.toString())
                        .param("subject", "Hi").param("body", "Hello {{first_name}}")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("The creator has no email address.");
        assertThat(jdbc.queryForObject("select body from outreach_drafts where organization_id = ?", String.class,
                brand.organization().value())).as("the edit was saved").isEqualTo("Hello {{first_name}}");
        assertThat(messages(brand)).isZero();
        String list = mvc.perform(brand.owner().as(get("/outreach/drafts"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Noel Nomail").contains("Quiet").contains(">Draft<");
    }

    @Test
    void sendingTheSameDraftTwiceAtOnceQueuesOneEmail() throws Exception {
        Brand brand = brand(mvc, jdbc, "Double Draft Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Once");
        UUID ada = creator(mvc, brand.owner(), "Ada One", "ada.one", unique("ada"), null);
        UUID template = template(mvc, brand.owner(), "Intro", "Hello {{first_name}}", "Hi {{display_name}}");
        CurrentMember owner = OutreachTestSupport.owner(jdbc, brand);
        UUID draft = Tenancy.callAs(brand.organization(), () -> drafts.create(owner, ada, campaign, template)).getId();

        List<Object> outcomes = BulkSendIntegrationTests.twiceAtOnce(() -> Tenancy.callAs(brand.organization(),
                () -> drafts.send(draft, owner, "http://localhost")));

        assertThat(outcomes).filteredOn(UUID.class::isInstance).hasSize(1);
        assertThat(outcomes).contains("This draft was sent: it can't change any more.");
        assertThat(messages(brand)).isEqualTo(1);
    }

    private int messages(Brand brand) {
        return jdbc.queryForObject("select count(*) from outreach_messages where organization_id = ?", Integer.class,
                brand.organization().value());
    }
}
