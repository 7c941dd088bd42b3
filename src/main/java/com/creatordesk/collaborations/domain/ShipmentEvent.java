package com.creatordesk.collaborations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One step of a shipment's history: the status it reached, a description, when, and who recorded it. */
@Entity
@Table(name = "collaboration_shipment_events")
public class ShipmentEvent {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;
    private String description;
    private Instant occurredAt;
    private String actorName;

    protected ShipmentEvent() {
    }

    ShipmentEvent(Shipment shipment, ShipmentStatus status, String description, Actor actor, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.organizationId = shipment.getOrganizationId();
        this.shipment = shipment;
        this.status = status;
        this.description = description;
        this.actorName = actor.name();
        this.occurredAt = occurredAt;
    }

    public UUID getShipmentId() {
        return shipment.getId();
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }
}
