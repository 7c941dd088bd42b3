package com.creatordesk.creators.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Imports of the current organization (all organizations when run as the system). */
public interface ImportJobs extends JpaRepository<ImportJob, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from ImportJob j where j.id = :id")
    Optional<ImportJob> lockById(UUID id);

    List<ImportJob> findTop5ByOrderByCreatedAtDesc();

    /** Queued before {@code queuedBefore} and never started, or running without a heartbeat since {@code stuckBefore}. */
    @Query("""
            select j from ImportJob j
            where (j.status = com.creatordesk.creators.domain.ImportJob.Status.QUEUED and j.queuedAt < :queuedBefore)
               or (j.status = com.creatordesk.creators.domain.ImportJob.Status.RUNNING and j.heartbeatAt < :stuckBefore)""")
    List<ImportJob> findUnfinished(Instant queuedBefore, Instant stuckBefore);
}
