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

/** The current organization's bulk sends (tenant-scoped by Hibernate). */
public interface BulkSends extends CrudRepository<BulkSend, UUID> {

    @Query("select b from BulkSend b order by b.createdAt desc, b.id desc")
    List<BulkSend> newest(Limit limit);

    @Query("select b from BulkSend b where b.createdAt < :at or (b.createdAt = :at and b.id < :id) "
            + "order by b.createdAt desc, b.id desc")
    List<BulkSend> newestAfter(Instant at, UUID id, Limit limit);

    /** Locked until the transaction ends, so two requests changing it at once take turns (no double send). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BulkSend b where b.id = :id")
    Optional<BulkSend> lockById(UUID id);
}
