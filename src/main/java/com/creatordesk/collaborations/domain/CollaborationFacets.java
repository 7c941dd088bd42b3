package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values the list's filters offer: the campaigns and tags the organization's collaborations use. Native
 * SQL (a loose index scan for campaigns stays fast with many collaborations), so each query names the
 * organization itself.
 */
@Service
public class CollaborationFacets {

    static final int MAX_TAGS = 200;

    private final JdbcTemplate jdbc;
    private final ScopedOrganization organization;

    CollaborationFacets(JdbcTemplate jdbc, ScopedOrganization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** One index probe per campaign, instead of reading every collaboration. */
    @Transactional(readOnly = true)
    public List<UUID> campaignIds() {
        UUID org = organization.get().value();
        return jdbc.queryForList("""
                with recursive used (campaign_id) as (
                    (select campaign_id from collaborations where organization_id = ? order by campaign_id limit 1)
                    union all
                    select (select c.campaign_id from collaborations c
                            where c.organization_id = ? and c.campaign_id > used.campaign_id order by c.campaign_id limit 1)
                    from used where used.campaign_id is not null)
                select campaign_id from used where campaign_id is not null""", UUID.class, org, org);
    }

    /**
     * The tags in use, kept by triggers (V7_4) so that no collaboration is read. Counted at commit (V1_2): a
     * transaction does not see its own tag changes here.
     */
    @Transactional(readOnly = true)
    public List<String> tags() {
        return jdbc.queryForList("select tag from collaboration_tag_names where organization_id = ? and uses > 0 "
                + "order by tag limit " + MAX_TAGS, String.class, organization.get().value());
    }
}
