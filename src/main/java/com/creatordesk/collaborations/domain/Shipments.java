package com.creatordesk.collaborations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** Shipments of the organization's collaborations, and their histories. */
public interface Shipments extends CrudRepository<Shipment, UUID>, KeepsAggregates<Shipment> {

    List<Shipment> findByCollaborationIdOrderByCreatedAt(UUID collaborationId);

    Optional<Shipment> findByIdAndCollaborationId(UUID id, UUID collaborationId);

    boolean existsByCollaborationIdAndTrackingNumber(UUID collaborationId, String trackingNumber);

    @Query("select e from ShipmentEvent e where e.shipment.id in :shipments order by e.seq desc")
    List<ShipmentEvent> historyOf(Collection<UUID> shipments);

    /** Not delivered yet: the ones the tracking service still has news about, least recently checked first. */
    @Query("select s from Shipment s where s.status <> com.creatordesk.collaborations.domain.ShipmentStatus.DELIVERED "
            + "order by s.trackingCheckedAt asc nulls first, s.id")
    List<Shipment> undelivered(org.springframework.data.domain.Limit limit);
}
