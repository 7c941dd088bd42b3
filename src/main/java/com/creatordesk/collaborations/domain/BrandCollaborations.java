package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CollaborationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The current organization's collaborations (tenant-scoped by Hibernate). */
public interface BrandCollaborations extends CrudRepository<Collaboration, UUID> {

    Optional<Collaboration> findByCampaignIdAndCreatorId(UUID campaignId, UUID creatorId);

    List<Collaboration> findByCampaignIdAndStatusIn(UUID campaignId, Collection<CollaborationStatus> statuses);

    List<Collaboration> findByCreatorIdOrderByCreatedAtDesc(UUID creatorId);

    @Query("select distinct t from Collaboration c join c.terms.tags t order by t")
    List<String> allTags();

    void flush();
}
