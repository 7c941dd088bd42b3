package com.creatordesk.inbox.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The current organization's email threads. */
public interface Threads extends Repository<EmailThread, UUID> {

    Optional<EmailThread> findById(UUID id);

    List<EmailThread> findAllByIdIn(Collection<UUID> ids);
}
