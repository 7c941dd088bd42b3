package com.creatordesk.creators.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Look-ups of email addresses (stored in lower case) across the current organization's creators. */
public interface CreatorEmails extends Repository<CreatorEmail, UUID> {

    @Query("select e from CreatorEmail e join fetch e.creator where lower(e.address) = lower(:address)")
    Optional<CreatorEmail> find(String address);

    /** The addresses among {@code lowerAddresses} (already in lower case) that belong to a creator. */
    @Query("select e from CreatorEmail e join fetch e.creator where lower(e.address) in :lowerAddresses")
    List<CreatorEmail> findAll(Collection<String> lowerAddresses);
}
