package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CollaborationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

/** The current organization's collaborations (tenant-scoped by Hibernate). */
public interface BrandCollaborations extends CrudRepository<Collaboration, UUID>, KeepsAggregates<Collaboration> {

    Optional<Collaboration> findByCampaignIdAndCreatorId(UUID campaignId, UUID creatorId);

    List<Collaboration> findByCampaignIdAndStatusIn(UUID campaignId, Collection<CollaborationStatus> statuses);

    List<Collaboration> findByCreatorIdOrderByCreatedAtDesc(UUID creatorId);

    void flush();
}
