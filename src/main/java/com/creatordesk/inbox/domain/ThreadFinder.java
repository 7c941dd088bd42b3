package com.creatordesk.inbox.domain;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the current organization's threads by id (through merges), by participant address, by creator. */
@Component
@Transactional(readOnly = true)
public class ThreadFinder {

    @PersistenceContext
    private EntityManager entityManager;
    private final Threads threads;
    private final Creators creators;

    ThreadFinder(Threads threads, Creators creators) {
        this.threads = threads;
        this.creators = creators;
    }

    public Optional<EmailThread> find(UUID id) {
        Optional<EmailThread> thread = threads.findById(id);
        for (int hops = 0; thread.isPresent() && thread.get().getMergedInto() != null && hops < 50; hops++) {
            thread = threads.findById(thread.get().getMergedInto());
        }
        return thread;
    }

    public List<EmailThread> withAddresses(Collection<String> addresses, int limit) {
        String[] normalized = normalize(addresses);
        if (normalized.length == 0) {
            return List.of();
        }
        return entityManager.createQuery("select t from EmailThread t where t.mergedInto is null "
                        + "and array_intersects(t.participants, :addresses) order by t.lastMessageAt desc, t.id desc", EmailThread.class)
                .setParameter("addresses", normalized).setMaxResults(limit).getResultList();
    }

    public List<EmailThread> ofCreator(CreatorId creator, int limit) {
        // every address on file, not only the primary: a creator may write from any of them
        Optional<List<String>> onFile = creators.emailAddresses(creator);
        if (onFile.isEmpty()) {
            return List.of();
        }
        String[] normalized = normalize(onFile.get());
        String[] addresses = normalized.length == 0 ? new String[] {""} : normalized;
        return entityManager.createQuery("select t from EmailThread t where t.mergedInto is null and (t.creatorId = :creator "
                        + "or array_intersects(t.participants, :addresses)) order by t.lastMessageAt desc, t.id desc", EmailThread.class)
                .setParameter("creator", creator.value()).setParameter("addresses", addresses).setMaxResults(limit)
                .getResultList();
    }

    private static String[] normalize(Collection<String> addresses) {
        return addresses.stream().filter(a -> a != null && !a.isBlank()).map(a -> a.strip().toLowerCase(Locale.ROOT))
                .distinct().toArray(String[]::new);
    }
}
