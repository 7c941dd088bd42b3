package com.creatordesk.campaigns.domain;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sample campaigns for the demo organization, in every status, dated around today. */
@Component
class CampaignDemoData {

    private record Sample(String name, String description, CampaignStatus status, Integer startInDays,
            Integer endInDays, String budget, String currency, String keywords) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Spring Trail Launch", "Launch of the new lightweight trail shoe with hiking and outdoor creators.",
                    CampaignStatus.ACTIVE, -20, 40, "25000", "USD", "#springtrail #northwindoutdoors trailready"),
            new Sample("Summer Hiking Essentials", "Packing lists and day-hike kits featuring our summer range.",
                    CampaignStatus.ACTIVE, 10, 100, "40000", "USD", "#hikeessentials #northwindsummer"),
            new Sample("Trail Running Ambassadors", "A year-long ambassador programme with UK trail runners.",
                    CampaignStatus.ACTIVE, -90, 275, "18000", "GBP", "#runnorthwind, ambassador"),
            new Sample("Alpine Gear Review Series", "In-depth reviews of our mountaineering shells. Paused until the new colours ship.",
                    CampaignStatus.PAUSED, -45, 30, "12000", "EUR", "#alpinetested gearreview"),
            new Sample("Back to Campus Backpacks", "Student creators show how they carry a day on campus.",
                    CampaignStatus.DRAFT, 60, 95, "8500", "USD", "#campuscarry"),
            new Sample("Eco Materials Storytelling", "Ideas for telling the story of our recycled fabrics. Not budgeted yet.",
                    CampaignStatus.DRAFT, null, null, null, "USD", "#madetolast recycled"),
            new Sample("Holiday Gift Guide", "Gift guides from lifestyle creators for the holiday season.",
                    CampaignStatus.COMPLETED, -200, -150, "30000", "USD", "#northwindgifts giftguide"),
            new Sample("Winter Layers Teaser", "Teaser for the winter layering system; cancelled when the launch moved.",
                    CampaignStatus.CANCELLED, -120, -90, "10000", "CAD", "#layerup"));

    private final BrandCampaigns campaigns;
    private final Clock clock;

    CampaignDemoData(BrandCampaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Runs scoped to the demo organization; a second delivery finds its campaigns and does nothing. */
    @ApplicationModuleListener(id = "campaigns-demo-data")
    public void on(DemoOrganizationCreated event) {
        if (campaigns.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            // Spread creation times so "Newest first" shows them in a stable, believable order.
            Instant created = clock.instant().minusSeconds(3600L * 24 * (SAMPLES.size() - i));
            CampaignDetails details = new CampaignDetails(sample.name(), sample.description(),
                    sample.startInDays() == null ? null : today.plusDays(sample.startInDays()),
                    sample.endInDays() == null ? null : today.plusDays(sample.endInDays()),
                    sample.budget() == null ? null : new BigDecimal(sample.budget()), sample.currency(),
                    AttributionKeywords.parse(sample.keywords()));
            boolean draft = sample.status() == CampaignStatus.DRAFT;
            Campaign campaign = new Campaign(event.organizationId(), details,
                    draft ? CampaignStatus.DRAFT : CampaignStatus.ACTIVE, event.owner(), created);
            campaign.changeStatus(sample.status(), created);
            campaigns.save(campaign);
        }
    }
}
