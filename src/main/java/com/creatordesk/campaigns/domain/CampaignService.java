package com.creatordesk.campaigns.domain;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and moving campaigns of the signed-in member's organization. */
@Service
public class CampaignService {

    static final String NAME_TAKEN = "A campaign with this name already exists. Choose another name.";

    private final BrandCampaigns campaigns;
    private final Clock clock;

    CampaignService(BrandCampaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The campaign, if it belongs to the caller's organization; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public Campaign get(UUID id) {
        return find(id);
    }

    @Transactional
    public Campaign create(CurrentMember actor, CampaignDetails details, CampaignStatus initialStatus) {
        requireFreeName(details.name(), null);
        Campaign campaign = new Campaign(actor.organizationId(), details, initialStatus, actor.id(), clock.instant());
        return saveChecked(campaign);
    }

    @Transactional
    public Campaign edit(UUID id, CampaignDetails details) {
        Campaign campaign = find(id);
        requireFreeName(details.name(), id);
        campaign.edit(details, clock.instant());
        return saveChecked(campaign);
    }

    @Transactional
    public Campaign changeStatus(UUID id, CampaignStatus to) {
        Campaign campaign = find(id);
        campaign.changeStatus(to, clock.instant());
        return campaigns.save(campaign);
    }

    @Transactional
    public Campaign cancel(UUID id) {
        Campaign campaign = find(id);
        campaign.cancel(clock.instant());
        return campaigns.save(campaign);
    }

    private Campaign find(UUID id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("Campaign"));
    }

    private void requireFreeName(String name, UUID except) {
        if (campaigns.nameTaken(name, except == null ? new UUID(0, 0) : except)) {
            throw new CampaignRuleViolation("name", NAME_TAKEN);
        }
    }

    /** Two members saving the same name at once: the unique index decides, with the same message. */
    private Campaign saveChecked(Campaign campaign) {
        try {
            Campaign saved = campaigns.save(campaign);
            campaigns.flush();
            return saved;
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("campaigns_name_uq")) {
                throw new CampaignRuleViolation("name", NAME_TAKEN);
            }
            throw e;
        }
    }
}
