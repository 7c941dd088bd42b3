package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Platform;
import com.creatordesk.identity.OrganizationId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds the demo organization's collaborations: one per creator given, round the campaigns given, in a spread
 * of statuses, each with the history it would have had (payments, content, notes, shipments), dated over the
 * last weeks.
 */
final class DemoCollaborations {

    private static final CollaborationStatus[] STATUSES = {CollaborationStatus.NEGOTIATING, CollaborationStatus.FULFILLING,
            CollaborationStatus.PENDING, CollaborationStatus.COMPLETED, CollaborationStatus.NEGOTIATING,
            CollaborationStatus.FULFILLING, CollaborationStatus.CANCELLED, CollaborationStatus.COMPLETED};
    private static final List<List<String>> TAGS = List.of(List.of("VIP"), List.of("Q3 launch"), List.of(),
            List.of("VIP", "ambassador"), List.of("gifting"), List.of());

    record Built(Collaboration collaboration, List<Payment> payments, List<ContentDelivery> content, List<Shipment> shipments) {
    }

    private DemoCollaborations() {
    }

    static Built build(int index, OrganizationId organization, CampaignSummary campaign, CreatorSummary creator, Actor owner,
            Instant now) {
        Instant created = now.minus(Duration.ofDays(40 - 2L * index)).minus(Duration.ofHours(index));
        CollaborationStatus target = STATUSES[index % STATUSES.length];
        Platform platform = creator.handles().isEmpty() ? Platform.INSTAGRAM : creator.handles().get(0).platform();
        LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC);
        Collaboration collaboration = new Collaboration(organization, campaign.id(), campaign.name(), creator.id(), CreatorSnapshot.of(creator),
                target == CollaborationStatus.PENDING ? CollaborationStatus.PENDING : CollaborationStatus.NEGOTIATING,
                terms(index, campaign.currency(), platform, start), null, owner, created);
        List<Payment> payments = new java.util.ArrayList<>();
        List<ContentDelivery> content = new java.util.ArrayList<>();
        List<Shipment> shipments = new java.util.ArrayList<>();
        Instant at = created.plus(Duration.ofDays(1));
        collaboration.addNote("First call done: " + creator.displayName() + " likes the brief and asked about usage rights.", owner, at);
        if (target == CollaborationStatus.FULFILLING || target == CollaborationStatus.COMPLETED) {
            at = at.plus(Duration.ofDays(2));
            collaboration.changeStatus(CollaborationStatus.FULFILLING, null, owner, at);
            payments.add(Payment.record(collaboration, new PaymentDetails(new BigDecimal(300 + 50 * index), campaign.currency(),
                    LocalDate.ofInstant(at, ZoneOffset.UTC), "Bank transfer", "Deposit"), owner, at));
            Shipment shipment = Shipment.add(collaboration, "DHL", "JD0146" + String.format("%08d", 1000 + index), owner, at);
            at = at.plus(Duration.ofDays(1));
            shipment.changeStatus(collaboration, ShipmentStatus.IN_TRANSIT, "Picked up by the carrier", Actor.SYSTEM, at);
            shipments.add(shipment);
            if (target == CollaborationStatus.COMPLETED) {
                at = at.plus(Duration.ofDays(2));
                shipment.changeStatus(collaboration, ShipmentStatus.DELIVERED, "Delivered to the front door", Actor.SYSTEM, at);
                at = at.plus(Duration.ofDays(3));
                content.add(ContentDelivery.record(collaboration, new ContentDetails("https://example.com/" + platform.name().toLowerCase()
                        + "/demo-post-" + index, platform, "video", LocalDate.ofInstant(at, ZoneOffset.UTC),
                        12_000L * (index + 1), 900L * (index + 1), 40L * (index + 1)), owner, at));
                payments.add(Payment.record(collaboration, new PaymentDetails(new BigDecimal(700 + 50 * index), campaign.currency(),
                        LocalDate.ofInstant(at, ZoneOffset.UTC), "Bank transfer", "Final payment"), owner, at));
                collaboration.changeStatus(CollaborationStatus.COMPLETED, null, owner, at.plus(Duration.ofHours(2)));
            }
        } else if (target == CollaborationStatus.CANCELLED) {
            collaboration.changeStatus(CollaborationStatus.CANCELLED, Cancellation.of(CancellationReason.CREATOR_UNRESPONSIVE),
                    owner, at.plus(Duration.ofDays(6)));
        }
        return new Built(collaboration, payments, content, shipments);
    }

    private static DealTerms terms(int index, String currency, Platform platform, LocalDate start) {
        int posts = 1 + index % 3;
        return new DealTerms(new BigDecimal(1000 + 250 * index), currency, posts, TAGS.get(index % TAGS.size()),
                List.of(new Deliverable(platform, platform == Platform.YOUTUBE ? "video" : "Reel", posts,
                        "Mention the campaign hashtag and link in bio")),
                new Compensation(new BigDecimal(800 + 200 * index), currency, index % 2 == 0 ? new BigDecimal("10") : null,
                        "Trail shoe", new BigDecimal("140"), currency),
                new Deadlines(start.plusDays(14), start.plusDays(21), List.of(new Milestone("Kick-off call", start.plusDays(3)))),
                new AdditionalTerms("No competing outdoor brands for 30 days", "Organic and paid social for 90 days",
                        "One round of revisions", null));
    }
}
