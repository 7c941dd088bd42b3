package com.creatordesk.creators.domain;

import com.creatordesk.creators.HandleSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A creator as one row of the Creators list (and of the export). */
public record CreatorRow(UUID id, String displayName, String avatarUrl, String primaryEmail, Long followers,
        BigDecimal engagementRate, String country, String language, List<String> tags, Instant trackedSince,
        String trackingReason, Instant createdAt, boolean favourite, List<HandleSummary> handles) {
}
