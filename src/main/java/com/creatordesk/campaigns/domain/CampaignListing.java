package com.creatordesk.campaigns.domain;

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
 * The campaign list: search by name, filter by status, four orders and keyset paging. Queries are JPQL,
 * so Hibernate scopes them to the current organization.
 */
@Service
public class CampaignListing {

    private final EntityManager entityManager;

    CampaignListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public CampaignListPage list(CampaignListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filters(query, parameters);
        long total = bind(entityManager.createQuery("select count(*) from Campaign c where " + where, Long.class),
                parameters).getSingleResult();

        boolean backwards = query.after() == null && query.before() != null;
        UUID anchor = backwards ? query.before() : query.after();
        Optional<Tuple> anchorKeys = Optional.ofNullable(anchor).flatMap(id -> keysOf(query.order(), id));
        String cursor = anchorKeys.map(keys -> " and " + cursorCondition(query, backwards, keys, parameters)).orElse("");
        boolean descending = query.descending() != backwards;

        List<Campaign> rows = new ArrayList<>(bind(entityManager.createQuery(
                        "select c from Campaign c where " + where + cursor + orderBy(query.order(), descending), Campaign.class),
                        parameters)
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
        return new CampaignListPage(rows, total,
                hasPrevious && !rows.isEmpty() ? rows.get(0).getId() : null,
                hasNext && !rows.isEmpty() ? rows.get(rows.size() - 1).getId() : null);
    }

    private static String filters(CampaignListQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (query.search() != null) {
            where.append(" and lower(c.name) like :pattern escape '\\'");
            parameters.put("pattern", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status());
        }
        return where.toString();
    }

    /** The anchor row's sort keys, read from the database so they compare exactly as the database sorts. */
    private Optional<Tuple> keysOf(CampaignOrder order, UUID id) {
        String select = IntStream.range(0, order.keys().size())
                .mapToObj(i -> order.keys().get(i) + " as k" + i).collect(Collectors.joining(", "));
        return entityManager.createQuery("select " + select + " from Campaign c where c.id = :id", Tuple.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Rows after the anchor in the query's direction. Spelled out rather than as a row comparison, so
     * each value is bound with its column's own mapping (an enum as its name); the leading {@code >=}
     * (or {@code <=}) lets the index start at the anchor.
     */
    private static String cursorCondition(CampaignListQuery query, boolean backwards, Tuple anchor,
            Map<String, Object> parameters) {
        List<String> keys = query.order().keys();
        for (int i = 0; i < keys.size(); i++) {
            parameters.put("a" + i, anchor.get(i));
        }
        boolean less = query.descending() != backwards;
        String strictly = less ? " < " : " > ";
        if (keys.size() == 1) {
            return keys.get(0) + strictly + ":a0";
        }
        String first = keys.get(0);
        return first + (less ? " <= " : " >= ") + ":a0 and (" + first + strictly + ":a0 or (" + first + " = :a0 and "
                + keys.get(1) + strictly + ":a1))";
    }

    private static String orderBy(CampaignOrder order, boolean descending) {
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
