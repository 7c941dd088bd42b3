package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A collaboration as a row of the list: only what the list shows, read without the terms' JSON; {@code emailThreadId} may be null. */
public record CollaborationRow(UUID id, UUID campaignId, String campaignName, UUID creatorId, String creatorName, String creatorHandle,
        CollaborationStatus status, CancellationReason cancellationReason, BigDecimal costAmount, String costCurrency,
        int postCount, List<String> tags, Instant createdAt, UUID emailThreadId) {

    public CollaborationRow {
        tags = tags == null ? List.of() : tags;
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(costAmount).map(amount -> new Money(amount, costCurrency));
    }
}
