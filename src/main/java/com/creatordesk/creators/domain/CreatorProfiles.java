package com.creatordesk.creators.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The creators of the current organization (tenant-scoped by Hibernate). */
public interface CreatorProfiles extends CrudRepository<Creator, UUID> {

    @Query("select distinct c from Creator c left join fetch c.handles where c.id in :ids")
    List<Creator> findAllWithHandles(Collection<UUID> ids);

    boolean existsBy();
}
