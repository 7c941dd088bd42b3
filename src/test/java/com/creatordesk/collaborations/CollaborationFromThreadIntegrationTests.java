package com.creatordesk.collaborations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.InboxFixture;
import com.creatordesk.inbox.InboxFixture.Org;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Guide 000, From the Inbox and the form's Email thread field: Create Collaboration on a thread matches its
 * addresses against the Creator Pool (Quick Add for the others), and the collaboration made is linked to the
 * thread both ways; the New Collaboration form offers the chosen creator's threads.
 */
@IntegrationTest
class CollaborationFromThreadIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Creators creators;

    InboxFixture fixture;
    Org org;
    UUID campaign;
    String address;
    CreatorId maya;

    @BeforeEach
    void setUp() throws Exception {
        fixture = InboxFixture.of(context);
        org = fixture.organization("Thread Co");
        fixture.holdClaim(org);
        campaign = TestCollaborations.campaign(mvc, org.owner(), "Autumn Trail");
        address = TestAccounts.uniqueEmail("maya");
        maya = fixture.creator(org, address);
    }

    @Test
    void createCollaborationOnANewEmailPreselectsTheMatchedCreatorAndLinksTheThreadBothWays() throws Exception {
        UUID thread = newEmailFrom(address, "Collab idea");
        assertThat(page("/inbox/threads/" + thread)).contains("/collaborations/new?thread=" + thread);
        assertThat(page("/collaborations/threads/" + thread + "/panel")).contains("not linked to a collaboration yet",
                "href=\"/collaborations/new?thread=" + thread + "\"");

        String form = page("/collaborations/new?thread=" + thread);

        assertThat(form).contains("From the email thread", address, "In your Creator Pool")
                .doesNotContain("Not in your Creator Pool", "Quick Add");
        assertThat(form).containsPattern("<option value=\"" + maya.value() + "\"\\s+selected")
                .containsPattern("<option value=\"" + thread + "\"\\s+selected");

        String created = mvc.perform(org.owner().as(post("/collaborations").with(csrf()).param("campaign", campaign.toString())
                        .param("creator", maya.value().toString()).param("status", "NEGOTIATING").param("cost", "1500")
                        .param("currency", "EUR").param("postCount", "1").param("emailThread", thread.toString())
                        .param("fromThread", thread.toString())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID collaboration = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));

        assertThat(fixture.count("select count(*) from collaborations where id = ? and email_thread_id = ? and cost_amount = 1500 "
                + "and cost_currency = 'EUR' and status = 'NEGOTIATING'", collaboration, thread)).isEqualTo(1);
        assertThat(fixture.count("select count(*) from email_threads where id = ? and collaboration_id = ?", thread, collaboration))
                .isEqualTo(1);
        assertThat(page("/collaborations/threads/" + thread + "/panel")).contains("/collaborations/" + collaboration, "Negotiating",
                "Autumn Trail", "Cost €1,500.00").doesNotContain("Create Collaboration");
        assertThat(page("/inbox?linked=linked")).contains("Collab idea");
    }

    @Test
    void anAddressNobodyInThePoolHasIsQuickAddedWithTheAddressAndPreselected() throws Exception {
        String stranger = TestAccounts.uniqueEmail("newbie");
        UUID thread = newEmailFrom(stranger, "Hello from a stranger");
        assertThat(page("/collaborations/new?thread=" + thread)).contains(stranger, "Not in your Creator Pool", "Quick Add");

        String refused = mvc.perform(org.owner().as(quickAdd(thread, stranger, "TIKTOK", " ")))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("has-error", "From the email thread");

        String handle = "newbie" + UUID.randomUUID().toString().substring(0, 6);
        String next = mvc.perform(org.owner().as(quickAdd(thread, stranger, "TIKTOK", "@" + handle)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID added = Tenancy.callAs(org.id(), () -> creators.findByEmail(stranger)).orElseThrow().id().value();
        assertThat(next).isEqualTo("/collaborations/new?thread=" + thread + "&creator=" + added + "&campaign=" + campaign);
        String form = page(next);
        assertThat(form).contains("In your Creator Pool", "@" + handle).doesNotContain("Not in your Creator Pool")
                .containsPattern("<option value=\"" + added + "\"\\s+selected");
    }

    @Test
    void theEmailThreadFieldOffersTheChosenCreatorsThreadsAndRefusesOthers() throws Exception {
        UUID thread = newEmailFrom(address, "Rates for autumn");
        CreatorId noEmail = Tenancy.callAs(org.id(), () -> creators.quickAdd(com.creatordesk.creators.Platform.YOUTUBE,
                "quiet" + UUID.randomUUID().toString().substring(0, 6), null)).id();

        assertThat(page("/collaborations/new/email-threads?creator=" + maya.value())).contains("Rates for autumn",
                "value=\"" + thread + "\"").doesNotContain("<html");
        assertThat(page("/collaborations/new/email-threads?creator=" + noEmail.value())).contains("no email on file")
                .doesNotContain("Rates for autumn");
        assertThat(page("/collaborations/new/email-threads")).contains("Choose a creator first");
        assertThat(page("/collaborations/new?creator=" + maya.value())).contains("Email thread", "Rates for autumn");

        Org other = fixture.organization("Other Thread Co");
        String refused = mvc.perform(other.owner().as(post("/collaborations").with(csrf())
                        .param("campaign", TestCollaborations.campaign(mvc, other.owner(), "Theirs").toString())
                        .param("creator", fixture.creator(other, TestAccounts.uniqueEmail("x")).value().toString())
                        .param("emailThread", thread.toString())))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Choose one of the creator&#39;s email threads.");
        mvc.perform(other.owner().as(get("/collaborations/threads/" + thread + "/panel"))).andExpect(status().isNotFound());
        mvc.perform(other.owner().as(get("/collaborations/new?thread=" + thread))).andExpect(status().isNotFound());
        assertThat(fixture.count("select count(*) from email_threads where id = ? and collaboration_id is null", thread)).isEqualTo(1);
    }

    @Test
    void theEmailThreadFieldOffersThreadsFromEveryAddressOnFileNotOnlyThePrimary() throws Exception {
        String second = TestAccounts.uniqueEmail("maya.management");
        jdbc.update("insert into creator_emails (id, organization_id, creator_id, address, is_primary, position) values (?, ?, ?, ?, false, 1)",
                UUID.randomUUID(), org.id().value(), maya.value(), second);
        UUID fromSecond = newEmailFrom(second, "Management rates");
        UUID fromPrimary = newEmailFrom(address, "Personal note");

        assertThat(page("/collaborations/new/email-threads?creator=" + maya.value()))
                .contains("value=\"" + fromSecond + "\"", "Management rates", "value=\"" + fromPrimary + "\"", "Personal note");
    }

    private UUID newEmailFrom(String from, String subject) throws Exception {
        String messageId = fixture.write(org, from, subject, "Hi! I would love to work with you.");
        fixture.sync(org);
        return fixture.threadOf(org, messageId);
    }

    private MockHttpServletRequestBuilder quickAdd(UUID thread, String address, String platform, String handle) {
        return post("/collaborations/new/quick-add").with(csrf()).param("thread", thread.toString()).param("address", address)
                .param("platform", platform).param("handle", handle).param("campaign", campaign.toString());
    }

    private String page(String url) throws Exception {
        return mvc.perform(org.owner().as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
