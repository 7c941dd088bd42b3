package com.creatordesk.creators.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL behind the Creators list, search and export: one organization's creators, filtered, in one of the
 * {@link CreatorSort} orders, one page at a time from a {@link PageCursor} (keyset paging, so a deep page
 * reads as few rows as the first). Native SQL is not tenant-filtered: the organization is always bound here.
 */
public final class CreatorQuery {

    static final String COLUMNS = "c.id, c.display_name, c.avatar_url, c.primary_email, c.followers, c.engagement_rate, "
            + "c.country, c.language, c.tags, c.tracked_since, c.tracking_reason, c.created_at";

    /** A row's handles in the same query (one round trip for a page): [[platform, handle, profile link, followers], …]. */
    static final String HANDLES = "(select json_agg(json_build_array(h.platform, h.handle, h.profile_url, h.followers) "
            + "order by h.position) from creator_handles h where h.creator_id = c.id)";

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private final CreatorSort sort;

    public CreatorQuery(UUID organization, UUID member, CreatorFilter filter) {
        this.sort = filter.sort();
        params.addValue("org", organization).addValue("member", member);
        conditions.add("c.organization_id = :org");
        List<String> terms = terms(filter.q());
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("c.search_text like :term" + i);
            params.addValue("term" + i, "%" + escapeLike(terms.get(i)) + "%");
        }
        if (filter.platform() != null) {
            add("exists (select 1 from creator_handles h where h.creator_id = c.id and h.platform = :platform)",
                    "platform", filter.platform().name());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            add("lower_tags(c.tags) @> array[lower(cast(:tag as text))]", "tag", filter.tag().strip());
        }
        range("c.followers", "Followers", filter.minFollowers(), filter.maxFollowers());
        range("c.engagement_rate", "Engagement", filter.minEngagement(), filter.maxEngagement());
        if (filter.hasEmail() != null) {
            conditions.add(filter.hasEmail() ? "c.primary_email is not null" : "c.primary_email is null");
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            add("c.country = :country", "country", filter.country());
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            add("c.language = :language", "language", filter.language());
        }
        if (filter.trackedOnly() || sort == CreatorSort.TRACKED) {
            conditions.add("c.tracked_since is not null");
        }
        if (filter.favouritesOnly()) {
            conditions.add("exists (select 1 from creator_favourites f where f.creator_id = c.id and f.member_id = :member)");
        }
    }

    /** The rows of one page: {@code limit} rows after (or before) the cursor, in list order unless reading backwards. */
    public String pageSql(PageCursor cursor, int limit) {
        List<String> where = new ArrayList<>(conditions);
        boolean backwards = cursor != null && cursor.before();
        boolean ascending = sort.ascending() != backwards;
        if (cursor != null && bindCursor(cursor)) {
            where.add("(" + sort.key() + ", c.id) " + (ascending ? ">" : "<") + " (:cursorKey, :cursorId)");
        }
        String direction = ascending ? " asc" : " desc";
        params.addValue("limit", limit);
        return "select " + COLUMNS + ", " + sort.key() + " as sort_key, "
                + "exists (select 1 from creator_favourites f where f.creator_id = c.id and f.member_id = :member) as favourite, "
                + HANDLES + " as handles from creators c where " + String.join(" and ", where)
                + " order by " + sort.key() + direction + ", c.id" + direction + " limit :limit";
    }

    /** How many creators match, counting at most {@code cap} (the list says “10,000+” beyond). */
    public String countSql(int cap) {
        params.addValue("cap", cap);
        return "select count(*) from (select 1 from creators c where " + String.join(" and ", conditions) + " limit :cap) matched";
    }

    public MapSqlParameterSource params() {
        return params;
    }

    public CreatorSort sort() {
        return sort;
    }

    static List<String> terms(String q) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String term = word.replaceFirst("^@+", "");
            if (!term.isEmpty() && terms.size() < 5) {
                terms.add(term);
            }
        }
        return terms;
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        params.addValue(name, value);
    }

    private void range(String column, String name, Object min, Object max) {
        if (min != null) {
            add(column + " >= :min" + name, "min" + name, min);
        }
        if (max != null) {
            add(column + " <= :max" + name, "max" + name, max);
        }
    }

    private boolean bindCursor(PageCursor cursor) {
        try {
            Object key = switch (sort) {
                case NAME -> cursor.key();
                case FOLLOWERS -> Long.parseLong(cursor.key());
                case ENGAGEMENT -> new BigDecimal(cursor.key());
                case RECENT, TRACKED -> OffsetDateTime.parse(cursor.key());
            };
            params.addValue("cursorKey", key).addValue("cursorId", cursor.id());
            return true;
        } catch (RuntimeException tampered) {
            return false;
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
