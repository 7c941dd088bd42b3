package com.creatordesk.identity.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** Invitations of the current organization (tenant-scoped by Hibernate). */
public interface Invitations extends CrudRepository<Invitation, UUID> {

    @Query("select i from Invitation i where i.acceptedAt is null order by i.createdAt desc")
    List<Invitation> findOpen();

    @Query("select i from Invitation i where i.acceptedAt is null and lower(i.email) = lower(:email)")
    Optional<Invitation> findOpenByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = :id")
    Optional<Invitation> lockById(UUID id);
}
