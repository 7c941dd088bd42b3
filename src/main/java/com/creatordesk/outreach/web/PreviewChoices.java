package com.creatordesk.outreach.web;

import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.outreach.domain.CreatorDirectory;
import com.creatordesk.outreach.domain.RecipientProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the forms offer to choose: the organization's Active campaigns and a first page of creators. */
@Component
class PreviewChoices {

    static final int CREATORS = 20;

    private final Campaigns campaigns;
    private final CreatorDirectory creators;

    PreviewChoices(Campaigns campaigns, CreatorDirectory creators) {
        this.campaigns = campaigns;
        this.creators = creators;
    }

    void addTo(Model model) {
        addTo(model, List.of());
    }

    /** As {@link #addTo(Model)}, with the creators already chosen listed first. */
    void addTo(Model model, List<UUID> chosen) {
        model.addAttribute("campaigns", campaigns.active());
        Map<UUID, RecipientProfile> offered = new LinkedHashMap<>();
        creators.findAll(chosen).forEach(creator -> offered.put(creator.creatorId(), creator));
        creators.search("", CREATORS).forEach(creator -> offered.putIfAbsent(creator.creatorId(), creator));
        model.addAttribute("creators", List.copyOf(offered.values()));
    }
}
