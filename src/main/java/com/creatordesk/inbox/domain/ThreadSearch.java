package com.creatordesk.inbox.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Inbox list: the current organization's threads, newest first, filtered and searched, a page at a time
 * by keyset (from the last thread shown), so a deep page costs what the first one does.
 */
@Component
public class ThreadSearch {

    public enum Linked { ANY, LINKED, NOT_LINKED }

    public record Filter(String query, boolean needsAttention, Linked linked, UUID campaignId) {
    }

    public record Cursor(Instant lastMessageAt, UUID id) {
    }

    public record Page(List<EmailThread> threads, Cursor next) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public Page page(Filter filter, Cursor after, int size) {
        StringBuilder jpql = new StringBuilder("select t from EmailThread t where t.mergedInto is null");
        List<String> words = words(filter.query());
        if (filter.needsAttention()) {
            jpql.append(" and t.needsAttention = true");
        }
        if (filter.linked() == Linked.LINKED) {
            jpql.append(" and t.collaborationId is not null");
        } else if (filter.linked() == Linked.NOT_LINKED) {
            jpql.append(" and t.collaborationId is null");
        }
        if (filter.campaignId() != null) {
            jpql.append(" and t.campaignId = :campaign");
        }
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and t.searchText like :word").append(i).append(" escape '\\'");
        }
        if (after != null) {
            jpql.append(" and (t.lastMessageAt < :at or (t.lastMessageAt = :at and t.id < :id))");
        }
        jpql.append(" order by t.lastMessageAt desc, t.id desc");
        TypedQuery<EmailThread> query = entityManager.createQuery(jpql.toString(), EmailThread.class);
        if (filter.campaignId() != null) {
            query.setParameter("campaign", filter.campaignId());
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("word" + i, "%" + words.get(i) + "%");
        }
        if (after != null) {
            query.setParameter("at", after.lastMessageAt()).setParameter("id", after.id());
        }
        List<EmailThread> found = query.setMaxResults(size + 1).getResultList();
        if (found.size() <= size) {
            return new Page(found, null);
        }
        EmailThread last = found.get(size - 1);
        return new Page(found.subList(0, size), new Cursor(last.getLastMessageAt(), last.getId()));
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!word.isEmpty() && words.size() < 8) {
                    words.add(word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
                }
            }
        }
        return words;
    }
}
