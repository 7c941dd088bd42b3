package com.creatordesk.inbox.domain;

import com.creatordesk.inbox.domain.mime.ParsedMail;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts messages into threads within one transaction, by Message-ID only (never by subject): a message joins
 * the thread any of its ids (own, In-Reply-To, References) already names; when they name several threads,
 * those are merged into one; when none, it starts a new thread. Every id it carries then names its thread,
 * so a reply that arrived before its parent is found by the parent.
 */
class ThreadAssignment {

    private final UUID organization;
    private final Threads threads;
    private final ThreadKeys keys;
    private final EntityManager entityManager;
    private final Map<String, UUID> known;
    private final Map<String, UUID> added = new LinkedHashMap<>();
    private final Map<UUID, EmailThread> loaded = new HashMap<>();
    private final List<EmailMessage> recorded = new ArrayList<>();
    private final List<EmailThread> started = new ArrayList<>();

    ThreadAssignment(UUID organization, Collection<String> ids, Threads threads, ThreadKeys keys, EntityManager entityManager) {
        this.organization = organization;
        this.threads = threads;
        this.keys = keys;
        this.entityManager = entityManager;
        this.known = keys.find(organization, ids);
        threads.findAllByIdIn(new LinkedHashSet<>(known.values())).forEach(thread -> loaded.put(thread.getId(), thread));
    }

    EmailThread threadFor(ParsedMail mail, Instant now) {
        Set<EmailThread> found = new LinkedHashSet<>();
        for (String key : mail.threadKeys()) {
            UUID id = known.get(key);
            if (id != null) {
                found.add(resolve(id));
            }
        }
        EmailThread thread;
        if (found.isEmpty()) {
            thread = new EmailThread(mail.subject(), now);
            started.add(thread); // persisted once the chunk has shaped it: one insert, not an insert and an update
            loaded.put(thread.getId(), thread);
        } else {
            thread = survivor(found);
            for (EmailThread other : found) {
                if (other != thread) {
                    merge(other, thread);
                }
            }
        }
        for (String key : mail.threadKeys()) {
            if (!thread.getId().equals(known.get(key))) {
                known.put(key, thread.getId());
                added.put(key, thread.getId());
            }
        }
        return thread;
    }

    void recorded(EmailMessage message) {
        recorded.add(message);
    }

    /**
     * Persists the threads this chunk started, as the chunk's messages left them; call before flushing. A new
     * thread is written once with its final state instead of being inserted by its first message and updated
     * for every later one (each update re-indexes its search text).
     */
    void persistStarted() {
        started.forEach(entityManager::persist);
        started.clear();
    }

    /** Writes the new Message-ID → thread entries; call once, at the end, after the new threads are flushed. */
    void saveKeys() {
        if (!added.isEmpty()) {
            keys.save(organization, added);
        }
    }

    private EmailThread resolve(UUID id) {
        EmailThread thread = load(id);
        int hops = 0;
        while (thread.getMergedInto() != null && hops++ < 50) {
            thread = load(thread.getMergedInto());
        }
        return thread;
    }

    private EmailThread load(UUID id) {
        return loaded.computeIfAbsent(id, missing -> threads.findById(missing)
                .orElseThrow(() -> new IllegalStateException("thread key names a missing thread " + missing)));
    }

    /** The thread that stays: one linked to a collaboration, else the oldest. */
    private static EmailThread survivor(Set<EmailThread> found) {
        return found.stream().min(Comparator.comparing((EmailThread t) -> t.getCollaborationId() == null)
                .thenComparing(EmailThread::getCreatedAt).thenComparing(EmailThread::getId)).orElseThrow();
    }

    private void merge(EmailThread other, EmailThread into) {
        into.absorb(other);
        persistStarted();
        entityManager.flush();
        entityManager.createNativeQuery("update email_messages set thread_id = ?1 where organization_id = ?2 and thread_id = ?3")
                .setParameter(1, into.getId()).setParameter(2, organization).setParameter(3, other.getId()).executeUpdate();
        entityManager.createNativeQuery("update email_threads set merged_into = ?1 where organization_id = ?2 and merged_into = ?3")
                .setParameter(1, into.getId()).setParameter(2, organization).setParameter(3, other.getId()).executeUpdate();
        keys.moveAll(organization, other.getId(), into.getId());
        known.replaceAll((key, thread) -> thread.equals(other.getId()) ? into.getId() : thread);
        added.replaceAll((key, thread) -> thread.equals(other.getId()) ? into.getId() : thread);
        recorded.stream().filter(message -> message.getThreadId().equals(other.getId())).forEach(message -> message.moveTo(into.getId()));
    }
}

