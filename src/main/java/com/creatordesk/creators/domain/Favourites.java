package com.creatordesk.creators.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' stars on creators. Native SQL, so every statement names the organization itself: a star can only
 * be put on a creator of the member's own organization.
 */
@Service
public class Favourites {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Favourites(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stars the creators (already starred ones stay as they are); answers how many were newly starred. */
    @Transactional
    public int add(UUID organization, UUID member, Collection<UUID> creators) {
        return jdbc.update("insert into creator_favourites (member_id, creator_id, organization_id, created_at) "
                + "select :member, c.id, c.organization_id, :now from creators c where c.organization_id = :org and c.id in (:ids) "
                + "on conflict do nothing", params(organization, member, creators)
                .addValue("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    @Transactional
    public void remove(UUID organization, UUID member, Collection<UUID> creators) {
        jdbc.update("delete from creator_favourites where organization_id = :org and member_id = :member and creator_id in (:ids)",
                params(organization, member, creators));
    }

    @Transactional(readOnly = true)
    public boolean isFavourite(UUID organization, UUID member, UUID creator) {
        Boolean found = jdbc.queryForObject("select exists (select 1 from creator_favourites where organization_id = :org "
                + "and member_id = :member and creator_id in (:ids))", params(organization, member, List.of(creator)), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    private static MapSqlParameterSource params(UUID organization, UUID member, Collection<UUID> creators) {
        return new MapSqlParameterSource("org", organization).addValue("member", member).addValue("ids", creators);
    }
}
