package com.creatordesk.inbox.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Loads one of the current organization's threads to change it outside the sync (linking a collaboration):
 * under the organization's inbox lock, taken before the thread is read. A sync chunk that changes the same
 * thread then either finished before (and this reads its version) or waits and reads this change, so neither
 * overwrites the other with a stale copy nor fails on the thread's version.
 */
@Component
public class ThreadUpdates {

    @PersistenceContext
    private EntityManager entityManager;
    private final ThreadFinder finder;
    private final InboxLocks locks;

    ThreadUpdates(ThreadFinder finder, InboxLocks locks) {
        this.finder = finder;
        this.locks = locks;
    }

    /** In the caller's transaction; empty when the thread is not the organization's. */
    public Optional<EmailThread> lockedForUpdate(UUID threadId) {
        List<UUID> organization = entityManager.createQuery("select t.organizationId from EmailThread t where t.id = :id",
                UUID.class).setParameter("id", threadId).getResultList();
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        locks.lockThreadsOf(organization.get(0));
        return finder.find(threadId);
    }
}
