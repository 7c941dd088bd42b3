package com.creatordesk.collaborations;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A collaboration as other modules see it. {@code cost} and {@code emailThread} may be null (no cost agreed
 * yet; no thread linked); {@code creatorName} is the creator's name when the collaboration was last written.
 */
public record CollaborationSummary(CollaborationId id, CampaignId campaign, CreatorId creator, String creatorName,
        CollaborationStatus status, CancellationReason cancellationReason, Money cost, int postCount,
        List<String> tags, EmailThreadLink emailThread, Instant createdAt) {

    public CollaborationSummary {
        tags = List.copyOf(tags);
    }

    public Optional<Money> costMoney() {
        return Optional.ofNullable(cost);
    }
}
