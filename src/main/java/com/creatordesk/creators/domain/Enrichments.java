package com.creatordesk.creators.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** Enrichment jobs of the current organization (all organizations when run as the system). */
public interface Enrichments extends CrudRepository<Enrichment, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrichment e where e.creatorId = :creatorId")
    Optional<Enrichment> lockById(UUID creatorId);

    @Query("""
            select e from Enrichment e
            where (e.status = com.creatordesk.creators.domain.EnrichmentStatus.PENDING and e.requestedAt < :before)
               or (e.status = com.creatordesk.creators.domain.EnrichmentStatus.RUNNING and e.startedAt < :before)
            order by e.requestedAt""")
    List<Enrichment> findStuck(Instant before);
}
