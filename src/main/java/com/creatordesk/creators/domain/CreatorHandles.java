package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Look-ups of handles across the current organization's creators, for the uniqueness rules. */
public interface CreatorHandles extends Repository<CreatorHandle, UUID> {

    @Query("select h from CreatorHandle h join fetch h.creator where h.platform = :platform and lower(h.handle) = lower(:handle)")
    Optional<CreatorHandle> find(Platform platform, String handle);

    /** Every handle on one of {@code platforms} whose lower-case text is one of {@code lowerHandles}. */
    @Query("select h from CreatorHandle h join fetch h.creator where h.platform in :platforms and lower(h.handle) in :lowerHandles")
    List<CreatorHandle> findAll(Collection<Platform> platforms, Collection<String> lowerHandles);
}
