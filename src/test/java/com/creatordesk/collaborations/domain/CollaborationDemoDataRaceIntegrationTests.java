package com.creatordesk.collaborations.domain;

import static com.creatordesk.collaborations.TestCollaborations.campaign;
import static com.creatordesk.collaborations.TestCollaborations.creator;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.campaigns.Campaigns;
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
 * Two deliveries of DemoOrganizationCreated at the same time (the registry may hand the event over again while
 * the first delivery is still seeding; the demo-data tests of other modules publish it twice in a row) seed the
 * collaborations once, and neither fails. Before the fix both saw no collaborations, both inserted, and the second
 * died on the unique key (creator, campaign): a duplicate-key error in the log and a publication left incomplete.
 */
@IntegrationTest
class CollaborationDemoDataRaceIntegrationTests {

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
    Clock clock;

    @Test
    void concurrentDeliveriesSeedOnceAndNeitherFails() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Racing Demo Brand");
        OrganizationId organization = organizationOf(jdbc, owner);
        MemberId ownerId = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class, owner.email()));
        campaign(mvc, owner, "Spring Trail Launch");
        campaign(mvc, owner, "Summer Hiking");
        for (int i = 0; i < 6; i++) {
            creator(mvc, owner, "Demo Creator " + i, "TIKTOK", "@democreator" + i);
        }
        DemoOrganizationCreated event = new DemoOrganizationCreated(organization, ownerId);
        int deliveries = 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                CollaborationDemoData listener = new CollaborationDemoData(collaborations, payments, content, shipments,
                        campaigns, creators, members, transactions, jdbc, clock);
                running.add(pool.submit(() -> {
                    start.await();
                    Tenancy.runAs(organization, () -> {
                        try {
                            listener.on(event);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> delivery : running) {
                delivery.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from collaborations where organization_id = ?", Integer.class,
                organization.value())).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where organization_id = ? and kind = 'CREATED'",
                Integer.class, organization.value())).isEqualTo(6);
    }
}
