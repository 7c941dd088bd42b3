package com.creatordesk.creators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Look-ups of email addresses (stored in lower case) across the current organization's creators. */
public interface CreatorEmails extends Repository<CreatorEmail, UUID> {

    @Query("select e from CreatorEmail e join fetch e.creator where e.address = lower(:address)")
    Optional<CreatorEmail> find(String address);

    @Query("select e from CreatorEmail e join fetch e.creator where e.address in :addresses")
    List<CreatorEmail> findAll(Collection<String> addresses);
}
