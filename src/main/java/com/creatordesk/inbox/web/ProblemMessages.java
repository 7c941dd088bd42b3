package com.creatordesk.inbox.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stored messages that could only partly be read, newest first, for the sync status page. */
@Component
class ProblemMessages {

    record Problem(UUID messageId, UUID threadId, String subject, String fromAddress, String problem, Instant storedAt) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public List<Problem> latest(int limit) {
        return entityManager.createQuery("select new com.creatordesk.inbox.web.ProblemMessages$Problem(m.id, m.threadId, "
                        + "m.subject, m.fromAddress, m.parseProblem, m.storedAt) from EmailMessage m where m.parseProblem is not null "
                        + "order by m.storedAt desc, m.id", Problem.class)
                .setMaxResults(limit).getResultList();
    }
}
