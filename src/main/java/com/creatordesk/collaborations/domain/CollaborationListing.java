package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.identity.Tenancy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The collaboration list: search by creator name or handle, filters, four orders and keyset paging. Plain SQL
 * over the collaborations table (the list is read-only, and Hibernate rebuilt a dynamic query's SQL on every
 * run), scoped by hand to the current organization ({@link Tenancy#current}: the signed-in member's, or the one
 * a job binds), as Hibernate scopes entities. Its statements need no transaction, so it opens none: a page is one
 * statement in autocommit. It reads the creator and campaign snapshot columns, never the creators' or campaigns'
 * tables. A page resumes from
 * its anchor row's sort keys, read by a subquery of the same statement: a page deep in the list is one
 * statement over the index, as the first page is.
 */
@Service
public class CollaborationListing {

    private static final String ROW = "select c.id, c.campaign_id, c.campaign_name, c.creator_id, c.creator_name, c.creator_handle, c.status, "
            + "c.cancellation_reason, c.cost_amount, c.cost_currency, c.post_count, c.tags, c.created_at, c.email_thread_id "
            + "from collaborations c where ";

    private final NamedParameterJdbcTemplate jdbc;

    CollaborationListing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many collaborations match the query's filters. */
    public long count(CollaborationListQuery query) {
        MapSqlParameterSource parameters = scoped();
        Long count = jdbc.queryForObject("select count(*) from collaborations c where " + filters(query, parameters),
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** One page of rows and the cursors around it; an anchor that is not in the organization reads as none. */
    public CollaborationListPage rows(CollaborationListQuery query) {
        MapSqlParameterSource parameters = scoped();
        String where = filters(query, parameters);
        boolean backwards = query.after() == null && query.before() != null;
        UUID anchor = backwards ? query.before() : query.after();
        List<CollaborationRow> rows = anchor == null ? List.of() : page(query, where, parameters, anchor, backwards);
        boolean anchored = anchor != null && (!rows.isEmpty() || anchorExists(anchor, parameters));
        if (!anchored) {
            backwards = false;
            rows = page(query, where, parameters, null, false);
        }
        boolean more = rows.size() > query.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        boolean hasPrevious = backwards ? more : anchored;
        boolean hasNext = backwards ? anchored : more;
        return new CollaborationListPage(rows,
                hasPrevious && !rows.isEmpty() ? rows.get(0).id() : null,
                hasNext && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null);
    }

    /** Up to a page and one more row, after (or before) the anchor when there is one. */
    private List<CollaborationRow> page(CollaborationListQuery query, String where, MapSqlParameterSource parameters,
            UUID anchor, boolean backwards) {
        boolean descending = query.descending() != backwards;
        String cursor = "";
        if (anchor != null) {
            List<String> keys = query.order().keys();
            parameters.addValue("anchor", anchor);
            cursor = " and (" + keys.stream().map(key -> qualified("c", key)).collect(Collectors.joining(", ")) + ")"
                    + (descending ? " < " : " > ") + "(select " + keys.stream().map(key -> qualified("a", key))
                    .collect(Collectors.joining(", ")) + " from collaborations a where a.id = :anchor"
                    + sameOrganization("a", parameters) + ")";
        }
        String direction = descending ? " desc" : " asc";
        parameters.addValue("limit", query.size() + 1);
        return new ArrayList<>(jdbc.query(ROW + where + cursor + " order by "
                + query.order().keys().stream().map(key -> qualified("c", key) + direction).collect(Collectors.joining(", "))
                + " limit :limit", parameters, CollaborationListing::row));
    }

    private boolean anchorExists(UUID anchor, MapSqlParameterSource parameters) {
        parameters.addValue("anchor", anchor);
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from collaborations a where a.id = :anchor"
                + sameOrganization("a", parameters) + ")", parameters, Boolean.class));
    }

    private static String filters(CollaborationListQuery query, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder("true").append(sameOrganization("c", parameters));
        if (query.search() != null) {
            where.append(" and c.creator_search like :pattern escape '\\'");
            parameters.addValue("pattern", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.addValue("status", query.status().name());
        }
        if (query.creator() != null) {
            where.append(" and c.creator_id = :creator");
            parameters.addValue("creator", query.creator());
        }
        if (query.campaign() != null) {
            where.append(" and c.campaign_id = :campaign");
            parameters.addValue("campaign", query.campaign());
        }
        if (query.tag() != null) {
            where.append(" and lower_tags(c.tags) @> array[lower(cast(:tag as text))]");
            parameters.addValue("tag", query.tag());
        }
        return where.toString();
    }

    /** Parameters bound to the current organization ({@link Tenancy#current}), unless it sees every organization. */
    private MapSqlParameterSource scoped() {
        UUID tenant = Tenancy.current();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        return Tenancy.seesEveryOrganization(tenant) ? parameters : parameters.addValue("organization", tenant);
    }

    /** The organization condition on {@code alias}, if the parameters are bound to one. */
    private static String sameOrganization(String alias, MapSqlParameterSource parameters) {
        return parameters.hasValue("organization") ? " and " + alias + ".organization_id = :organization" : "";
    }

    /** A sort key on the table {@code alias} names: {@code lower(creator_name)} becomes {@code lower(c.creator_name)}. */
    private static String qualified(String alias, String key) {
        return key.startsWith("lower(") ? "lower(" + alias + "." + key.substring(6) : alias + "." + key;
    }

    private static CollaborationRow row(ResultSet rs, int number) throws SQLException {
        String reason = rs.getString("cancellation_reason");
        return new CollaborationRow(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getString("campaign_name"), rs.getObject("creator_id", UUID.class), rs.getString("creator_name"), rs.getString("creator_handle"),
                CollaborationStatus.valueOf(rs.getString("status")), reason == null ? null : CancellationReason.valueOf(reason),
                rs.getBigDecimal("cost_amount"), rs.getString("cost_currency"), rs.getInt("post_count"), tags(rs.getArray("tags")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("email_thread_id", UUID.class));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
