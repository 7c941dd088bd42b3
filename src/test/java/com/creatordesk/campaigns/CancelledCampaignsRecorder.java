package com.creatordesk.campaigns;

import com.creatordesk.campaigns.events.CampaignCancelled;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to {@link CampaignCancelled} the way the collaborations module will: after commit, through the
 * event publication registry, scoped to the event's organization. Records what it saw, including the
 * campaign as the facade shows it to the listener.
 */
@Component
class CancelledCampaignsRecorder {

    record Received(CampaignCancelled event, CampaignStatus statusSeenByListener) {
    }

    private final Campaigns campaigns;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    CancelledCampaignsRecorder(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @ApplicationModuleListener(id = "campaigns-test-cancelled-recorder")
    public void on(CampaignCancelled event) {
        received.add(new Received(event, campaigns.find(event.campaign()).map(CampaignSummary::status).orElse(null)));
    }

    List<Received> receivedFor(CampaignId campaign) {
        return received.stream().filter(entry -> entry.event().campaign().equals(campaign)).toList();
    }
}
