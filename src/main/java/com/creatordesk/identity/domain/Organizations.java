package com.creatordesk.identity.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

public interface Organizations extends CrudRepository<Organization, UUID> {

    /** Serialises changes to an organization's team, so two Owners cannot demote each other at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    Optional<Organization> lockById(UUID id);

    Optional<Organization> findFirstByDemoTrue();
}
