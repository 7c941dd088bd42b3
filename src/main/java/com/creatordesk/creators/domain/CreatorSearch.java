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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads pages of the Creators list of one organization (see {@link CreatorQuery}). */
@Service
public class CreatorSearch {

    public static final int COUNT_CAP = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    CreatorSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CreatorPage page(UUID organization, UUID member, CreatorFilter filter, PageCursor cursor, int size) {
        CreatorQuery query = new CreatorQuery(organization, member, filter);
        List<Keyed> found = new ArrayList<>(jdbc.query(query.pageSql(cursor, size + 1), query.params(),
                (rs, row) -> new Keyed(row(rs), sortKey(rs))));
        boolean backwards = cursor != null && cursor.before();
        boolean more = found.size() > size;
        if (more) {
            found = found.subList(0, size);
        }
        if (backwards) {
            Collections.reverse(found);
        }
        List<CreatorRow> rows = withHandles(organization, found.stream().map(Keyed::row).toList());
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
    @Transactional(readOnly = true)
    public int count(UUID organization, UUID member, CreatorFilter filter) {
        CreatorQuery query = new CreatorQuery(organization, member, filter);
        Integer count = jdbc.queryForObject(query.countSql(COUNT_CAP), query.params(), Integer.class);
        return count == null ? 0 : count;
    }

    /** The distinct tags in use in the organization, for the Tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags(UUID organization) {
        return jdbc.queryForList("select distinct tag from creators c, unnest(c.tags) tag where c.organization_id = :org "
                + "order by tag limit 500", new MapSqlParameterSource("org", organization), String.class);
    }

    private List<CreatorRow> withHandles(UUID organization, List<CreatorRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("org", organization)
                .addValue("ids", rows.stream().map(CreatorRow::id).toList());
        Map<UUID, List<HandleSummary>> handles = new java.util.HashMap<>();
        jdbc.query("select creator_id, platform, handle, profile_url, followers from creator_handles "
                + "where organization_id = :org and creator_id in (:ids) order by creator_id, position", params, rs -> {
                    handles.computeIfAbsent(rs.getObject("creator_id", UUID.class), id -> new ArrayList<>())
                            .add(new HandleSummary(Platform.valueOf(rs.getString("platform")), rs.getString("handle"),
                                    rs.getString("profile_url"), rs.getObject("followers", Long.class)));
                });
        return rows.stream().map(row -> row.withHandles(handles.getOrDefault(row.id(), List.of()))).collect(Collectors.toList());
    }

    static CreatorRow row(ResultSet rs) throws SQLException {
        OffsetDateTime tracked = rs.getObject("tracked_since", OffsetDateTime.class);
        return new CreatorRow(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("avatar_url"),
                rs.getString("primary_email"), rs.getObject("followers", Long.class), rs.getBigDecimal("engagement_rate"),
                rs.getString("country"), rs.getString("language"), tags(rs.getArray("tags")),
                tracked == null ? null : tracked.toInstant(), rs.getString("tracking_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("favourite"), List.of());
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
