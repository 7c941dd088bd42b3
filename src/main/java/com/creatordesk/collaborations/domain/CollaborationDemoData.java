package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.MemberSummary;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample collaborations for the demo organization. The campaigns and creators modules seed theirs on the same
 * event, in parallel: this waits (briefly, outside any transaction) until both are there; if they are not,
 * it fails so the publication stays incomplete and is delivered again on the next start. A second delivery
 * finds collaborations and does nothing — also when it runs at the same time as the first (the registry may
 * hand the event over again while the first is still seeding): the seeding transaction holds a lock of the
 * organization's own, so the second one waits, then finds the first one's collaborations instead of
 * inserting the same creator and campaign pairs again and failing on the unique key.
 */
@Component
class CollaborationDemoData {

    static final int COUNT = 16;

    private final BrandCollaborations collaborations;
    private final Payments payments;
    private final ContentDeliveries content;
    private final Shipments shipments;
    private final Campaigns campaigns;
    private final Creators creators;
    private final Members members;
    private final TransactionTemplate transactions;
    private final TransactionLocks locks;
    private final Clock clock;
    Duration patience = Duration.ofSeconds(60);

    CollaborationDemoData(BrandCollaborations collaborations, Payments payments, ContentDeliveries content, Shipments shipments,
            Campaigns campaigns, Creators creators, Members members, TransactionTemplate transactions, TransactionLocks locks,
            Clock clock) {
        this.collaborations = collaborations;
        this.payments = payments;
        this.content = content;
        this.shipments = shipments;
        this.campaigns = campaigns;
        this.creators = creators;
        this.members = members;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "collaborations-demo-data", propagation = Propagation.NOT_SUPPORTED)
    public void on(DemoOrganizationCreated event) throws InterruptedException {
        if (collaborations.count() > 0) {
            return;
        }
        Instant giveUp = clock.instant().plus(patience);
        List<CampaignSummary> active = campaigns.active();
        List<CreatorSummary> pool = creators.search("", COUNT);
        while (active.isEmpty() || pool.isEmpty()) {
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("Demo campaigns and creators are not there yet; collaborations are seeded on the next delivery");
            }
            Thread.sleep(500);
            active = campaigns.active();
            pool = creators.search("", COUNT);
        }
        seed(event, active, pool);
    }

    private void seed(DemoOrganizationCreated event, List<CampaignSummary> active, List<CreatorSummary> pool) {
        String ownerName = members.find(event.owner()).map(MemberSummary::name).orElse("Demo owner");
        Actor owner = new Actor(event.owner().value(), ownerName);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            locks.lock("collaborations-demo-data:" + event.organizationId().value());
            if (collaborations.count() > 0) {
                return;
            }
            for (int i = 0; i < pool.size(); i++) {
                DemoCollaborations.Built built = DemoCollaborations.build(i, event.organizationId(), active.get(i % active.size()),
                        pool.get(i), owner, now);
                collaborations.save(built.collaboration());
                payments.saveAll(built.payments());
                content.saveAll(built.content());
                shipments.saveAll(built.shipments());
            }
        });
    }
}
