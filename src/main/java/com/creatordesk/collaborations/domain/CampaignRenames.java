package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.campaigns.events.CampaignRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A renamed campaign's collaborations take its new name (the list shows the copy each collaboration keeps). The
 * name written is the campaign's name as it is now, not the event's: renames delivered late, twice or out of order
 * still end at the last one. Deliveries for one campaign take turns (a lock until commit), so the last to write
 * is also the last to have read the name.
 */
@Component
class CampaignRenames {

    private final Campaigns campaigns;
    private final TransactionLocks locks;
    private final JdbcTemplate jdbc;

    CampaignRenames(Campaigns campaigns, TransactionLocks locks, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.locks = locks;
        this.jdbc = jdbc;
    }

    /** Whoever copies the campaign's name takes turns with its renames under this lock ({@link CollaborationService}). */
    static String lockName(CampaignId campaign) {
        return "collaborations-campaign-renamed:" + campaign.value();
    }

    @ApplicationModuleListener(id = "collaborations-on-campaign-renamed")
    public void on(CampaignRenamed event) {
        locks.lock(lockName(event.campaign()));
        String name = campaigns.find(event.campaign()).map(CampaignSummary::name).orElse(event.name());
        jdbc.update("update collaborations set campaign_name = ? where organization_id = ? and campaign_id = ? "
                + "and campaign_name is distinct from ?", name, event.organizationId().value(), event.campaign().value(), name);
    }
}
