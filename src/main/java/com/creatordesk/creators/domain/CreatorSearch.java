package com.creatordesk.creators.domain;

import com.creatordesk.creators.HandleSummary;
import com.creatordesk.creators.Platform;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads pages of the Creators list of one organization (see {@link CreatorQuery}). */
@Service
public class CreatorSearch {

    public static final int COUNT_CAP = 10_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    CreatorSearch(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Not transactional on its own: one statement, in autocommit unless the caller has a transaction. */
    public CreatorPage page(UUID organization, UUID member, CreatorFilter filter, PageCursor cursor, int size) {
        CreatorQuery query = new CreatorQuery(organization, member, filter);
        List<Keyed> found = new ArrayList<>(jdbc.query(query.pageSql(cursor, size + 1), query.params(),
                (rs, number) -> new Keyed(row(rs), sortKey(rs))));
        boolean backwards = cursor != null && cursor.before();
        boolean more = found.size() > size;
        if (more) {
            found = found.subList(0, size);
        }
        if (backwards) {
            Collections.reverse(found);
        }
        List<CreatorRow> rows = found.stream().map(Keyed::row).toList();
        if (rows.isEmpty()) {
            return new CreatorPage(rows, null, null);
        }
        boolean hasPrevious = backwards ? more : cursor != null;
        boolean hasNext = backwards || more;
        Keyed first = found.get(0);
        Keyed last = found.get(found.size() - 1);
        return new CreatorPage(rows,
                hasPrevious ? new PageCursor(first.key(), first.row().id(), true) : null,
                hasNext ? new PageCursor(last.key(), last.row().id(), false) : null);
    }

    /** How many creators match the filter, up to {@link #COUNT_CAP}. */
    public int count(UUID organization, UUID member, CreatorFilter filter) {
        CreatorQuery query = new CreatorQuery(organization, member, filter);
        Integer count = jdbc.queryForObject(query.countSql(COUNT_CAP), query.params(), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * The distinct tags in use in the organization, for the Tag filter; kept by triggers (V4_3), so no creator
     * is read. Counted at commit (V1_2): a transaction does not see its own tag changes here.
     */
    public List<String> tags(UUID organization) {
        return jdbc.queryForList("select tag from creator_tag_names where organization_id = :org and uses > 0 "
                + "order by tag limit 500", new MapSqlParameterSource("org", organization), String.class);
    }

    private CreatorRow row(ResultSet rs) throws SQLException {
        OffsetDateTime tracked = rs.getObject("tracked_since", OffsetDateTime.class);
        return new CreatorRow(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("avatar_url"),
                rs.getString("primary_email"), rs.getObject("followers", Long.class), rs.getBigDecimal("engagement_rate"),
                rs.getString("country"), rs.getString("language"), tags(rs.getArray("tags")),
                tracked == null ? null : tracked.toInstant(), rs.getString("tracking_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("favourite"),
                handles(rs.getString("handles")));
    }

    private List<HandleSummary> handles(String array) {
        if (array == null) {
            return List.of();
        }
        List<HandleSummary> handles = new ArrayList<>();
        for (JsonNode handle : json.readTree(array)) {
            handles.add(new HandleSummary(Platform.valueOf(handle.get(0).asString()), handle.get(1).asString(),
                    handle.get(2).isNull() ? null : handle.get(2).asString(), handle.get(3).isNull() ? null : handle.get(3).asLong()));
        }
        return handles;
    }

    private static String sortKey(ResultSet rs) throws SQLException {
        Object key = rs.getObject("sort_key");
        if (key instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (key instanceof java.sql.Timestamp) {
            return rs.getObject("sort_key", OffsetDateTime.class).toString();
        }
        return String.valueOf(key);
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Keyed(CreatorRow row, String key) {
    }
}
