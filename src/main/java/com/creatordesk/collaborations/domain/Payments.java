package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

/** Payments recorded against the organization's collaborations. */
public interface Payments extends CrudRepository<Payment, UUID> {

    List<Payment> findByCollaborationIdOrderByPaidOnDescRecordedAtDesc(UUID collaborationId);
}
