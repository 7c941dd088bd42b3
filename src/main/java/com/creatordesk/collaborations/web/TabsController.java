package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.shared.Htmx;
import com.creatordesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Collaborations tabs of a campaign's page and a creator's page (those pages load these URLs with htmx).
 * A campaign's tab is the Collaborations list of that campaign — search, filters, sort, paging, batch toolbar,
 * export — with New Collaboration pre-filled; its own searches and pages (htmx requests aimed at the results)
 * get the results only. A creator's tab shows their newest collaborations and links to the whole list.
 * Another organization's campaign or creator is not found.
 */
@Controller
class TabsController {

    /** The element the tab's filters and pages replace; any other htmx request loads the whole tab. */
    static final String RESULTS = "collaboration-results";

    private final ListResults results;
    private final Campaigns campaigns;
    private final Creators creators;

    TabsController(ListResults results, Campaigns campaigns, Creators creators) {
        this.results = results;
        this.campaigns = campaigns;
        this.creators = creators;
    }

    @GetMapping("/collaborations/campaigns/{campaignId}/tab")
    String campaignTab(@PathVariable UUID campaignId, @ModelAttribute("params") ListParams params, Model model,
            HttpServletRequest request) {
        if (!campaigns.exists(new CampaignId(campaignId))) {
            throw new NotFoundException("Campaign");
        }
        ListParams ofCampaign = params.withCampaign(campaignId);
        results.fill(ofCampaign, ListView.campaignTab(campaignId), model);
        if (Htmx.wantsFragment(request) && RESULTS.equals(request.getHeader("HX-Target"))) {
            return CollaborationListController.LIST + " :: results";
        }
        results.filterOptions(ofCampaign, model);
        return CollaborationListController.LIST + " :: campaign-tab";
    }

    @GetMapping("/collaborations/creators/{creatorId}/tab")
    String creatorTab(@PathVariable UUID creatorId, Model model) {
        if (creators.find(new CreatorId(creatorId)).isEmpty()) {
            throw new NotFoundException("Creator");
        }
        results.fill(new ListParams(null, null, creatorId, null, null, null, null, null, null), ListView.PAGE, model);
        model.addAttribute("newUrl", "/collaborations/new?creator=" + creatorId);
        return CollaborationListController.LIST + " :: creator-tab";
    }
}
