package com.creatordesk.collaborations.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collaboration list: search by creator name or handle, filters, four orders and keyset paging. Queries
 * are JPQL, so Hibernate scopes them to the current organization; they read the creator snapshot columns,
 * never the creators module's tables.
 */
@Service
public class CollaborationListing {

    private static final String ROW = "select new com.creatordesk.collaborations.domain.CollaborationRow(c.id, "
            + "c.campaignId, c.creatorId, c.creator.name, c.creator.handle, c.status, c.cancellationReason, "
            + "c.terms.costAmount, c.terms.costCurrency, c.terms.postCount, c.terms.tags, c.createdAt, c.emailThreadId) from Collaboration c where ";

    private final EntityManager entityManager;

    CollaborationListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many collaborations match the query's filters. */
    @Transactional(readOnly = true)
    public long count(CollaborationListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filters(query, parameters);
        return bind(entityManager.createQuery("select count(c) from Collaboration c where " + where, Long.class),
                parameters).getSingleResult();
    }

    /** One page of rows and the cursors around it. */
    @Transactional(readOnly = true)
    public CollaborationListPage rows(CollaborationListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filters(query, parameters);
        boolean backwards = query.after() == null && query.before() != null;
        UUID anchor = backwards ? query.before() : query.after();
        Optional<Tuple> anchorKeys = Optional.ofNullable(anchor).flatMap(id -> keysOf(query.order(), id));
        String cursor = anchorKeys.map(keys -> " and " + cursorCondition(query, backwards, keys, parameters)).orElse("");
        boolean descending = query.descending() != backwards;

        List<CollaborationRow> rows = new ArrayList<>(bind(entityManager.createQuery(
                        ROW + where + cursor + orderBy(query.order(), descending), CollaborationRow.class), parameters)
                .setMaxResults(query.size() + 1)
                .getResultList());
        boolean more = rows.size() > query.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        boolean hasPrevious = backwards ? more : anchorKeys.isPresent();
        boolean hasNext = backwards ? anchorKeys.isPresent() : more;
        return new CollaborationListPage(rows,
                hasPrevious && !rows.isEmpty() ? rows.get(0).id() : null,
                hasNext && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null);
    }

    private static String filters(CollaborationListQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (query.search() != null) {
            where.append(" and c.creator.search like :pattern escape '\\'");
            parameters.put("pattern", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status());
        }
        if (query.creator() != null) {
            where.append(" and c.creatorId = :creator");
            parameters.put("creator", query.creator());
        }
        if (query.campaign() != null) {
            where.append(" and c.campaignId = :campaign");
            parameters.put("campaign", query.campaign());
        }
        if (query.tag() != null) {
            where.append(" and cast(sql('lower_tags(?) @> array[lower(cast(? as text))]', c.terms.tags, :tag) as Boolean)");
            parameters.put("tag", query.tag());
        }
        return where.toString();
    }

    /** The anchor row's sort keys, read from the database so they compare exactly as the database sorts. */
    private Optional<Tuple> keysOf(CollaborationOrder order, UUID id) {
        String select = IntStream.range(0, order.keys().size())
                .mapToObj(i -> order.keys().get(i) + " as k" + i).collect(Collectors.joining(", "));
        return entityManager.createQuery("select " + select + " from Collaboration c where c.id = :id", Tuple.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static String cursorCondition(CollaborationListQuery query, boolean backwards, Tuple anchor,
            Map<String, Object> parameters) {
        List<String> keys = query.order().keys();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parameters.put("a" + i, anchor.get(i));
            values.add(":a" + i);
        }
        String operator = query.descending() != backwards ? " < " : " > ";
        return "(" + String.join(", ", keys) + ")" + operator + "(" + String.join(", ", values) + ")";
    }

    private static String orderBy(CollaborationOrder order, boolean descending) {
        String direction = descending ? " desc" : " asc";
        return " order by " + order.keys().stream().map(key -> key + direction).collect(Collectors.joining(", "));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
