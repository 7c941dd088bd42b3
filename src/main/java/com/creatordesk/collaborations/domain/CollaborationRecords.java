package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is recorded against a collaboration after it is agreed: payments, delivered content, notes and
 * shipments. Each lands in the activity history in the same transaction.
 */
@Service
public class CollaborationRecords {

    private final BrandCollaborations collaborations;
    private final Payments payments;
    private final ContentDeliveries content;
    private final Shipments shipments;
    private final Activities activities;
    private final Clock clock;

    CollaborationRecords(BrandCollaborations collaborations, Payments payments, ContentDeliveries content,
            Shipments shipments, Activities activities, Clock clock) {
        this.collaborations = collaborations;
        this.payments = payments;
        this.content = content;
        this.shipments = shipments;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional
    public Payment recordPayment(UUID collaborationId, PaymentDetails details, Actor actor) {
        Collaboration collaboration = find(collaborationId);
        Payment payment = Payment.record(collaboration, details, actor, clock.instant());
        collaborations.save(collaboration);
        return payments.save(payment);
    }

    @Transactional
    public ContentDelivery recordContent(UUID collaborationId, ContentDetails details, Actor actor) {
        Collaboration collaboration = find(collaborationId);
        ContentDelivery delivery = ContentDelivery.record(collaboration, details, actor, clock.instant());
        collaborations.save(collaboration);
        return content.save(delivery);
    }

    @Transactional
    public void addNote(UUID collaborationId, String text, Actor actor) {
        Collaboration collaboration = find(collaborationId);
        collaboration.addNote(text, actor, clock.instant());
        collaborations.save(collaboration);
    }

    @Transactional
    public Shipment addShipment(UUID collaborationId, String carrier, String trackingNumber, Actor actor) {
        Collaboration collaboration = find(collaborationId);
        Shipment shipment = Shipment.add(collaboration, carrier, trackingNumber, actor, clock.instant());
        if (shipments.existsByCollaborationIdAndTrackingNumber(collaborationId, shipment.getTrackingNumber())) {
            throw new CollaborationRuleViolation("trackingNumber", "This tracking number is already on the collaboration.");
        }
        collaborations.save(collaboration);
        return shipments.save(shipment);
    }

    @Transactional
    public Shipment changeShipmentStatus(UUID collaborationId, UUID shipmentId, ShipmentStatus to, String description,
            Actor actor) {
        Collaboration collaboration = find(collaborationId);
        Shipment shipment = shipments.findByIdAndCollaborationId(shipmentId, collaborationId)
                .orElseThrow(() -> new NotFoundException("Shipment"));
        shipment.changeStatus(collaboration, to, description, actor, clock.instant());
        collaborations.save(collaboration);
        return shipments.save(shipment);
    }

    /** Everything the details page shows besides the collaboration itself, read in one transaction. */
    @Transactional(readOnly = true)
    public Recorded recorded(UUID collaborationId) {
        List<Shipment> shipped = shipments.findByCollaborationIdOrderByCreatedAt(collaborationId);
        Map<UUID, List<ShipmentEvent>> history = shipped.isEmpty() ? Map.of()
                : shipments.historyOf(shipped.stream().map(Shipment::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ShipmentEvent::getShipmentId));
        return new Recorded(payments.findByCollaborationIdOrderByPaidOnDescRecordedAtDesc(collaborationId),
                content.findByCollaborationIdOrderByPostedOnDescRecordedAtDesc(collaborationId), shipped, history,
                activities.timeline(collaborationId));
    }

    @Transactional(readOnly = true)
    public List<Activity> timeline(UUID collaborationId) {
        return activities.timeline(collaborationId);
    }

    private Collaboration find(UUID id) {
        return collaborations.findById(id).orElseThrow(() -> new NotFoundException("Collaboration"));
    }

    /** A collaboration's payments, content, shipments (with each one's history, newest first) and activity history. */
    public record Recorded(List<Payment> payments, List<ContentDelivery> content, List<Shipment> shipments,
            Map<UUID, List<ShipmentEvent>> shipmentHistory, List<Activity> timeline) {

        public List<ShipmentEvent> historyOf(Shipment shipment) {
            return shipmentHistory.getOrDefault(shipment.getId(), List.of());
        }
    }
}
