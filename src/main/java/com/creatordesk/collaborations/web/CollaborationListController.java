package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.domain.CollaborationFacets;
import com.creatordesk.collaborations.domain.CollaborationListing;
import com.creatordesk.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Collaborations list across all campaigns: search by creator name or handle, filters (status, creator,
 * campaign, tag), Sort by, keyset paging (Previous / Next). The total is counted by a request of its own,
 * so a page does not wait for it.
 */
@Controller
class CollaborationListController {

    static final String LIST = "collaborations/list";

    private final CollaborationListing listing;
    private final ListResults results;
    private final CollaborationFacets facets;
    private final Campaigns campaigns;

    CollaborationListController(CollaborationListing listing, ListResults results, CollaborationFacets facets,
            Campaigns campaigns) {
        this.listing = listing;
        this.results = results;
        this.facets = facets;
        this.campaigns = campaigns;
    }

    @GetMapping("/collaborations")
    String list(@ModelAttribute("params") ListParams params, Model model, HttpServletRequest request) {
        results.fill(params, ListView.PAGE, model);
        if (Htmx.wantsFragment(request)) {
            return LIST + " :: results";
        }
        results.filterOptions(params, model);
        model.addAttribute("campaignOptions", campaigns.findAll(facets.campaignIds().stream().map(CampaignId::new).toList())
                .values().stream().sorted(Comparator.comparing(CampaignSummary::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return LIST;
    }

    @GetMapping("/collaborations/count")
    String count(@ModelAttribute("params") ListParams params, Model model) {
        long total = listing.count(params.query());
        model.addAttribute("countText", String.format("%,d", total) + (total == 1 ? " collaboration" : " collaborations"));
        return LIST + " :: count";
    }

    @GetMapping("/collaborations/tags")
    String tags(Model model) {
        model.addAttribute("tags", facets.tags());
        return LIST + " :: tag-options";
    }
}
