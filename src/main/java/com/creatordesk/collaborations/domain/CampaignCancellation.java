package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.events.CampaignCancelled;
import com.creatordesk.collaborations.CollaborationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a campaign is cancelled, its collaborations that are not Completed or Cancelled are cancelled with the
 * reason Campaign cancelled, by the System. A second delivery finds none open and changes nothing, also when it
 * runs while the first still does: it waits for the campaign's lock, then reads what the first committed
 * (without it, both would change the same rows and the second would fail on their versions).
 */
@Component
class CampaignCancellation {

    private static final List<CollaborationStatus> OPEN = Arrays.stream(CollaborationStatus.values())
            .filter(CollaborationStatus::isOpen).toList();

    private final BrandCollaborations collaborations;
    private final TransactionLocks locks;
    private final Clock clock;

    CampaignCancellation(BrandCollaborations collaborations, TransactionLocks locks, Clock clock) {
        this.collaborations = collaborations;
        this.locks = locks;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "collaborations-on-campaign-cancelled")
    public void on(CampaignCancelled event) {
        locks.lock("collaborations-campaign-cancelled:" + event.campaign().value());
        Instant now = clock.instant();
        List<Collaboration> open = collaborations.findByCampaignIdAndStatusIn(event.campaign().value(), OPEN);
        open.forEach(collaboration -> collaboration.cancelWithCampaign(now));
        collaborations.saveAll(open);
    }
}
