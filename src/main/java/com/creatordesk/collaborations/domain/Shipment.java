package com.creatordesk.collaborations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.TenantId;

/**
 * A product shipped to the creator, tracked by carrier and tracking number. Its status is updated by hand,
 * or by the tracking service when one is configured; either way the change is written to the shipment's
 * history and to the collaboration's activity history.
 */
@Entity
@Table(name = "collaboration_shipments")
public class Shipment {

    public static final int MAX_CARRIER = 60;
    public static final int MAX_NUMBER = 60;
    static final int MAX_DESCRIPTION = 500;

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID collaborationId;
    private String carrier;
    private String trackingNumber;
    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;
    private boolean trackingRegistered;
    private String trackingError;
    private Instant trackingCheckedAt;
    private Instant createdAt;
    private Instant updatedAt;
    /** Null until first saved, which is also how Spring Data tells a new aggregate (persist, not merge). */
    @Version
    private Long version;
    @OneToMany(mappedBy = "shipment", cascade = CascadeType.PERSIST)
    private List<ShipmentEvent> events = new ArrayList<>();

    protected Shipment() {
    }

    private Shipment(Collaboration collaboration, String carrier, String trackingNumber, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = collaboration.getOrganizationId();
        this.collaborationId = collaboration.getId();
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.status = ShipmentStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
        events.add(new ShipmentEvent(this, status, "Shipment added", actor, now));
    }

    /** Adds a shipment in Pending; the collaboration's history gets a Shipment added entry. */
    public static Shipment add(Collaboration collaboration, String carrier, String trackingNumber, Actor actor, Instant now) {
        String cleanCarrier = carrier == null ? "" : carrier.strip();
        String number = trackingNumber == null ? "" : trackingNumber.strip().replace(" ", "");
        if (cleanCarrier.isEmpty() || cleanCarrier.length() > MAX_CARRIER) {
            throw new CollaborationRuleViolation("carrier", "Enter the carrier, for example DHL or UPS (at most " + MAX_CARRIER + " characters).");
        }
        if (!number.matches("[A-Za-z0-9-]{4," + MAX_NUMBER + "}")) {
            throw new CollaborationRuleViolation("trackingNumber", "Enter the tracking number: 4 to " + MAX_NUMBER + " letters and digits.");
        }
        Shipment shipment = new Shipment(collaboration, cleanCarrier, number.toUpperCase(java.util.Locale.ROOT), actor, now);
        collaboration.record(ActivityKind.SHIPMENT_ADDED, actor, now).about(shipment.label(), null);
        collaboration.touch(now);
        return shipment;
    }

    /**
     * Moves the shipment to another status, with an optional description ("Left the depot"). The same status
     * again is refused: the history only holds changes.
     */
    public void changeStatus(Collaboration collaboration, ShipmentStatus to, String description, Actor actor, Instant now) {
        if (!collaboration.getId().equals(collaborationId)) {
            throw new IllegalArgumentException("shipment of another collaboration");
        }
        if (to == null) {
            throw new CollaborationRuleViolation("status", "Choose a delivery status.");
        }
        if (to == status) {
            throw new CollaborationRuleViolation("status", "The shipment is already " + to.label() + ".");
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            text = text.substring(0, MAX_DESCRIPTION);
        }
        ShipmentStatus from = status;
        status = to;
        updatedAt = now;
        events.add(new ShipmentEvent(this, to, text, actor, now));
        collaboration.record(ActivityKind.DELIVERY_STATUS_CHANGED, actor, now).change(label(), from.label(), to.label());
        collaboration.touch(now);
    }

    /** The tracking service now follows this number. */
    public void trackingRegistered(Instant now) {
        trackingRegistered = true;
        trackingError = null;
        trackingCheckedAt = now;
    }

    /** The tracking service answered for this number without a problem. */
    public void trackingChecked(Instant now) {
        trackingError = null;
        trackingCheckedAt = now;
    }

    /** The tracking service refused or failed for this number; shown on the shipment until the next success. */
    public void trackingFailed(String error, Instant now) {
        String text = error == null || error.isBlank() ? "The tracking service gave no reason." : error.strip();
        trackingError = text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
        trackingCheckedAt = now;
    }

    public String label() {
        return carrier + " " + trackingNumber;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getCollaborationId() {
        return collaborationId;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public boolean isTrackingRegistered() {
        return trackingRegistered;
    }

    public String getTrackingError() {
        return trackingError;
    }

    public Instant getTrackingCheckedAt() {
        return trackingCheckedAt;
    }
}
