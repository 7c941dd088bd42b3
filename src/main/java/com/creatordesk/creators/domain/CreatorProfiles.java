package com.creatordesk.creators.domain;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.CrudRepository;

/** The creators of the current organization (tenant-scoped by Hibernate). */
public interface CreatorProfiles extends CrudRepository<Creator, UUID> {

    /**
     * Loaded read-only: callers only read a summary of each, and a caller that looks up hundreds of creators inside
     * its own transaction (a bulk send's audience, say) would otherwise have them all dirty-checked when it flushes.
     */
    @Query("select distinct c from Creator c left join fetch c.handles where c.id in :ids")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<Creator> findAllWithHandles(Collection<UUID> ids);

    boolean existsBy();
}
