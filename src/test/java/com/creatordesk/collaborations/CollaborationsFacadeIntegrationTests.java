package com.creatordesk.collaborations;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The facade other modules use: create if absent (the inbox's auto-creation), idempotent even when racing. */
@IntegrationTest
class CollaborationsFacadeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Collaborations collaborations;

    SignedIn owner;
    OrganizationId organization;
    CampaignId campaign;
    CreatorId creator;

    @BeforeEach
    void setUp() throws Exception {
        owner = TestAccounts.signUp(mvc, "Facade Brand");
        organization = organizationOf(jdbc, owner);
        campaign = new CampaignId(campaign(mvc, owner, "Spring Trail Launch"));
        creator = new CreatorId(creator(mvc, owner, "Jane Doe", "TIKTOK", "@janedoe"));
    }

    CollaborationSummary createIfAbsent(EmailThreadLink thread) {
        return Tenancy.callAs(organization, () -> collaborations.createIfAbsent(campaign, creator,
                CollaborationStatus.NEGOTIATING, "Inbox sync", thread));
    }

    @Test
    void createsOnceInNegotiatingLinkedToTheThreadAndAnswersTheSameCollaborationAfterwards() throws Exception {
        EmailThreadLink thread = new EmailThreadLink(UUID.randomUUID(), "Re: Spring Trail Launch");

        CollaborationSummary first = createIfAbsent(thread);
        CollaborationSummary second = createIfAbsent(new EmailThreadLink(UUID.randomUUID(), "Another thread"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.status()).isEqualTo(CollaborationStatus.NEGOTIATING);
        assertThat(second.emailThread()).isEqualTo(thread);
        assertThat(jdbc.queryForObject("select count(*) from collaborations where campaign_id = ?", Integer.class, campaign.value())).isEqualTo(1);
        assertThat(jdbc.queryForList("select actor_name from collaboration_activities where collaboration_id = ?", String.class,
                first.id().value())).containsExactly("Inbox sync");
        mvc.perform(owner.as(get("/collaborations/" + first.id())))
                .andExpect(content().string(allOf(containsString("<dt>Email thread</dt>"),
                        containsString("<a href=\"/inbox/threads/" + thread.threadId() + "\">Re: Spring Trail Launch</a>"),
                        containsString("Inbox sync"))));
    }

    @Test
    void anExistingCollaborationWithoutAThreadIsLinkedToIt() throws Exception {
        UUID existing = create(mvc, owner, campaign.value(), creator.value());
        EmailThreadLink thread = new EmailThreadLink(UUID.randomUUID(), "Re: rates");

        CollaborationSummary answer = createIfAbsent(thread);

        assertThat(answer.id().value()).isEqualTo(existing);
        assertThat(answer.emailThread()).isEqualTo(thread);
        assertThat(jdbc.queryForList("select subject || ': ' || after_value || ' by ' || actor_name from collaboration_activities "
                + "where collaboration_id = ? and kind = 'TERMS_CHANGED'", String.class, existing))
                .containsExactly("Email thread: Re: rates by Inbox sync");
    }

    @Test
    void callersRacingForTheSameCreatorAndCampaignGetTheSameCollaboration() throws Exception {
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            Callable<CollaborationId> call = () -> {
                start.await();
                return createIfAbsent(null).id();
            };
            List<Future<CollaborationId>> futures = IntStream.range(0, callers).mapToObj(i -> pool.submit(call)).toList();
            start.countDown();
            List<CollaborationId> ids = futures.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from collaborations where campaign_id = ?", Integer.class, campaign.value())).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsCampaignOrCreatorIsRefused() throws Exception {
        SignedIn other = TestAccounts.signUp(mvc, "Other Brand");
        CampaignId theirCampaign = new CampaignId(campaign(mvc, other, "Theirs"));
        CreatorId theirCreator = new CreatorId(creator(mvc, other, "Their Creator", "INSTAGRAM", "@their"));

        assertThatThrownBy(() -> Tenancy.callAs(organization, () -> collaborations.createIfAbsent(theirCampaign, creator,
                CollaborationStatus.NEGOTIATING, "Inbox sync", null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Tenancy.callAs(organization, () -> collaborations.createIfAbsent(campaign, theirCreator,
                CollaborationStatus.NEGOTIATING, "Inbox sync", null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose a creator from your Creator Pool.");
        assertThat(Tenancy.callAs(organization, () -> collaborations.findFor(campaign, creator))).isEmpty();
    }
}
