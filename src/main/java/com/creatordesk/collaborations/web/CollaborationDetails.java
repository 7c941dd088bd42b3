package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.Collaboration;
import com.creatordesk.collaborations.domain.CollaborationRecords;
import com.creatordesk.collaborations.domain.CollaborationService;
import com.creatordesk.collaborations.domain.ShipmentStatus;
import com.creatordesk.collaborations.tracking.DeliveryTracking;
import com.creatordesk.creators.Creators;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the details page shows: the collaboration, its creator (from the creators facade), its campaign,
 * what was recorded against it and its activity history, and an empty form for each action unless the
 * caller already put one (with what was typed) in the model.
 */
@Component
class CollaborationDetails {

    static final String PAGE = "collaborations/collaboration";

    private final CollaborationService collaborations;
    private final CollaborationRecords records;
    private final Campaigns campaigns;
    private final Creators creators;
    private final DeliveryTracking tracking;
    private final Clock clock;

    CollaborationDetails(CollaborationService collaborations, CollaborationRecords records, Campaigns campaigns,
            Creators creators, DeliveryTracking tracking, Clock clock) {
        this.collaborations = collaborations;
        this.records = records;
        this.campaigns = campaigns;
        this.creators = creators;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Fills the model; throws NotFoundException for a collaboration outside the organization. */
    Collaboration fill(Model model, UUID id) {
        Collaboration collaboration = collaborations.get(id);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("campaign", campaigns.find(collaboration.getCampaignId()).orElse(null));
        model.addAttribute("creator", creators.find(collaboration.getCreatorId()).orElse(null));
        model.addAttribute("recorded", records.recorded(id));
        model.addAttribute("statusOptions", Arrays.stream(CollaborationStatus.values())
                .filter(status -> status != collaboration.getStatus()).toList());
        model.addAttribute("trackingEnabled", tracking.enabled());
        model.addAttribute("shipmentStatuses", ShipmentStatus.values());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        putIfAbsent(model, "statusForm", RecordForms.StatusForm.suggestedFor(collaboration.getStatus()));
        putIfAbsent(model, "paymentForm", RecordForms.PaymentForm.empty(today));
        putIfAbsent(model, "contentForm", RecordForms.ContentForm.empty(today));
        putIfAbsent(model, "noteForm", RecordForms.NoteForm.empty());
        putIfAbsent(model, "shipmentForm", RecordForms.ShipmentForm.empty());
        FormOptions.addTo(model);
        return collaboration;
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
