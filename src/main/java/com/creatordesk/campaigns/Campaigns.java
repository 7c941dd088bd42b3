package com.creatordesk.campaigns;

import com.creatordesk.campaigns.domain.BrandCampaigns;
import com.creatordesk.campaigns.domain.Campaign;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns module's facade: campaign look-ups for other modules. Every answer is scoped to the
 * current organization (the signed-in member's, or the one a listener or job runs as): another
 * organization's campaign is not found, exactly like one that does not exist.
 */
@Service
public class Campaigns {

    private final BrandCampaigns campaigns;

    Campaigns(BrandCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> find(CampaignId id) {
        return campaigns.findById(id.value()).map(Campaigns::summary);
    }

    @Transactional(readOnly = true)
    public boolean exists(CampaignId id) {
        return campaigns.existsById(id.value());
    }

    /** The organization's Active campaigns by name: the only ones offered when creating a collaboration. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> active() {
        return campaigns.findActive().stream().map(Campaigns::summary).toList();
    }

    /** The campaigns among {@code ids} that exist in the organization; the others are simply absent. */
    @Transactional(readOnly = true)
    public Map<CampaignId, CampaignSummary> findAll(Collection<CampaignId> ids) {
        List<UUID> values = ids.stream().map(CampaignId::value).distinct().toList();
        return StreamSupport.stream(campaigns.findAllById(values).spliterator(), false)
                .map(Campaigns::summary)
                .collect(Collectors.toMap(CampaignSummary::id, Function.identity()));
    }

    /** The keywords and hashtags that attribute a creator's post to the campaign (lower case). */
    @Transactional(readOnly = true)
    public List<String> attributionKeywords(CampaignId id) {
        return campaigns.findById(id.value()).map(Campaign::getAttributionKeywords).orElse(List.of());
    }

    private static CampaignSummary summary(Campaign campaign) {
        return new CampaignSummary(campaign.campaignId(), campaign.getName(), campaign.getStatus(),
                campaign.getStartDate(), campaign.getEndDate(), campaign.getBudgetAmount(), campaign.getBudgetCurrency());
    }
}
