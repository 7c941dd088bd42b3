package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

/** Content delivered for the organization's collaborations. */
public interface ContentDeliveries extends CrudRepository<ContentDelivery, UUID> {

    List<ContentDelivery> findByCollaborationIdOrderByPostedOnDescRecordedAtDesc(UUID collaborationId);
}
