package com.creatordesk.collaborations.domain;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.create;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.campaigns.events.CampaignCancelled;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This module's listeners, delivered the same event several times at once (the registry hands an event over
 * again on a restart while another instance may still be working on it; the demo-data tests of other modules
 * publish DemoOrganizationCreated twice in a row): the work is done once and no delivery fails. Before the
 * locks, concurrent demo seedings all saw no collaborations, all inserted, and all but one died on the unique key
 * (campaign, creator) — the duplicate-key error a run logged — leaving their publications incomplete.
 */
@IntegrationTest
class CollaborationListenerRacesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BrandCollaborations collaborations;
    @Autowired
    Payments payments;
    @Autowired
    ContentDeliveries content;
    @Autowired
    Shipments shipments;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Creators creators;
    @Autowired
    Members members;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TransactionLocks locks;
    @Autowired
    Clock clock;

    @Test
    void concurrentDeliveriesOfDemoOrganizationCreatedSeedOnceAndNoneFails() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Racing Demo Brand");
        OrganizationId organization = organizationOf(jdbc, owner);
        MemberId ownerId = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email()));
        campaign(mvc, owner, "Spring Trail Launch");
        campaign(mvc, owner, "Summer Hiking");
        for (int i = 0; i < 6; i++) {
            creator(mvc, owner, "Demo Creator " + i, "TIKTOK", "@democreator" + i);
        }
        DemoOrganizationCreated event = new DemoOrganizationCreated(organization, ownerId);

        atOnce(3, () -> {
            CollaborationDemoData listener = new CollaborationDemoData(collaborations, payments, content, shipments,
                    campaigns, creators, members, transactions, locks, clock);
            Tenancy.runAs(organization, () -> {
                try {
                    listener.on(event);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        });

        assertThat(jdbc.queryForObject("select count(*) from collaborations where organization_id = ?", Integer.class,
                organization.value())).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where organization_id = ? and kind = 'CREATED'",
                Integer.class, organization.value())).isEqualTo(6);
    }

    @Test
    void concurrentDeliveriesOfCampaignCancelledCancelEachOpenCollaborationOnce() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Racing Cancel Brand");
        OrganizationId organization = organizationOf(jdbc, owner);
        UUID campaign = campaign(mvc, owner, "Winter Teaser");
        List<UUID> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(create(mvc, owner, campaign, creator(mvc, owner, "Cancel Creator " + i, "TIKTOK", "@cancelcreator" + i)));
        }
        CampaignCancelled event = new CampaignCancelled(organization, new CampaignId(campaign));

        atOnce(3, () -> {
            CampaignCancellation listener = new CampaignCancellation(collaborations, locks, clock);
            Tenancy.runAs(organization, () -> transactions.executeWithoutResult(status -> listener.on(event)));
        });

        for (UUID id : open) {
            assertThat(jdbc.queryForObject("select cancellation_reason from collaborations where id = ?", String.class, id))
                    .isEqualTo("CAMPAIGN_CANCELLED");
            assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ? "
                    + "and kind = 'STATUS_CHANGED'", Integer.class, id)).as("one Status changed entry").isEqualTo(1);
        }
    }

    /** Runs {@code delivery} on {@code deliveries} threads released together; fails with the first delivery that failed. */
    private static void atOnce(int deliveries, Runnable delivery) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                running.add(pool.submit(() -> {
                    start.await();
                    delivery.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
