package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.Enrichment;
import com.creatordesk.creators.domain.EnrichmentStatus;
import java.util.UUID;

/** How the creator page (and Quick Add) shows enrichment: “Enriching…”, the result, or the failure with Retry. */
record EnrichmentView(UUID creatorId, boolean open, boolean failed, String label, String error) {

    static EnrichmentView of(Enrichment enrichment) {
        EnrichmentStatus status = enrichment.getStatus();
        String label = switch (status) {
            case PENDING, RUNNING -> "Enriching…";
            case DONE -> "Profile enriched from @" + enrichment.getHandle() + " on " + enrichment.getPlatform().label();
            case FAILED -> "Enrichment failed";
        };
        return new EnrichmentView(enrichment.getCreatorId(), status.isOpen(), status == EnrichmentStatus.FAILED, label,
                enrichment.getError());
    }
}
