package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Collaborations tabs of a campaign's page and a creator's page (those pages load these URLs with htmx):
 * the newest collaborations of that campaign or creator, New Collaboration with it pre-filled, and a link to
 * the whole filtered list. Another organization's campaign or creator is not found.
 */
@Controller
class TabsController {

    private final ListResults results;
    private final Campaigns campaigns;
    private final Creators creators;

    TabsController(ListResults results, Campaigns campaigns, Creators creators) {
        this.results = results;
        this.campaigns = campaigns;
        this.creators = creators;
    }

    @GetMapping("/collaborations/campaigns/{campaignId}/tab")
    String campaignTab(@PathVariable UUID campaignId, Model model) {
        if (!campaigns.exists(new CampaignId(campaignId))) {
            throw new NotFoundException("Campaign");
        }
        results.fill(new ListParams(null, null, null, campaignId, null, null, null, null, null), model);
        model.addAttribute("newUrl", "/collaborations/new?campaign=" + campaignId);
        model.addAttribute("scope", "campaign");
        return CollaborationListController.LIST + " :: tab";
    }

    @GetMapping("/collaborations/creators/{creatorId}/tab")
    String creatorTab(@PathVariable UUID creatorId, Model model) {
        if (creators.find(new CreatorId(creatorId)).isEmpty()) {
            throw new NotFoundException("Creator");
        }
        results.fill(new ListParams(null, null, creatorId, null, null, null, null, null, null), model);
        model.addAttribute("newUrl", "/collaborations/new?creator=" + creatorId);
        model.addAttribute("scope", "creator");
        return CollaborationListController.LIST + " :: tab";
    }
}
