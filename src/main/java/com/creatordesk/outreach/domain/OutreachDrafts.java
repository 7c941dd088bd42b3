package com.creatordesk.outreach.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The current organization's drafts (tenant-scoped by Hibernate). */
public interface OutreachDrafts extends CrudRepository<OutreachDraft, UUID> {

    @Query("select d from OutreachDraft d order by d.createdAt desc, d.id desc")
    List<OutreachDraft> newest(Limit limit);

    @Query("select d from OutreachDraft d where d.createdAt < :at or (d.createdAt = :at and d.id < :id) "
            + "order by d.createdAt desc, d.id desc")
    List<OutreachDraft> newestAfter(Instant at, UUID id, Limit limit);

    /** Locked until the transaction ends, so two requests changing it at once take turns (no double send). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OutreachDraft d where d.id = :id")
    Optional<OutreachDraft> lockById(UUID id);
}
