package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Outreach's own record of which creators are in a collaboration for which campaign, so bulk sends skip
 * them. Outreach may not depend on collaborations (that module sits above it), so the record is fed from
 * outside through the {@code Outreach} facade.
 */
@Component
public class Collaborators {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Collaborators(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(OrganizationId organization, UUID campaign, UUID creator) {
        jdbc.update("insert into outreach_collaborators (organization_id, campaign_id, creator_id, recorded_at) "
                + "values (:org, :campaign, :creator, :now) on conflict do nothing", params(organization, campaign)
                .addValue("creator", creator).addValue("now", Sql.timestamp(clock.instant())));
    }

    public void forget(OrganizationId organization, UUID campaign, UUID creator) {
        jdbc.update("delete from outreach_collaborators where organization_id = :org and campaign_id = :campaign "
                + "and creator_id = :creator", params(organization, campaign).addValue("creator", creator));
    }

    /** The creators among {@code creators} in a collaboration for the campaign. */
    public Set<UUID> among(OrganizationId organization, UUID campaign, Collection<UUID> creators) {
        if (creators.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select creator_id from outreach_collaborators where organization_id = :org "
                + "and campaign_id = :campaign and creator_id in (:creators)",
                params(organization, campaign).addValue("creators", creators), UUID.class));
    }

    private static MapSqlParameterSource params(OrganizationId organization, UUID campaign) {
        return new MapSqlParameterSource("org", organization.value()).addValue("campaign", campaign);
    }
}
