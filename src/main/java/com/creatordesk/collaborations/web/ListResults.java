package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.domain.CollaborationListPage;
import com.creatordesk.collaborations.domain.CollaborationListing;
import com.creatordesk.collaborations.domain.CollaborationRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The list's results: a page of rows with their campaign's name (one campaigns facade call per page) and
 * the links around it. The list, its tabs and the batch operations all render them.
 */
@Component
class ListResults {

    record Item(CollaborationRow row, String campaignName) {
    }

    private final CollaborationListing listing;
    private final Campaigns campaigns;

    ListResults(CollaborationListing listing, Campaigns campaigns) {
        this.listing = listing;
        this.campaigns = campaigns;
    }

    void fill(ListParams params, Model model) {
        CollaborationListPage page = listing.rows(params.query());
        model.addAttribute("params", params);
        model.addAttribute("items", items(page.rows()));
        model.addAttribute("filtered", params.query().filtered());
        model.addAttribute("listUrl", params.url("/collaborations"));
        model.addAttribute("countUrl", params.url("/collaborations/count"));
        model.addAttribute("exportUrl", params.url("/collaborations/export.csv"));
        model.addAttribute("previousUrl", page.previousBefore() == null ? null
                : params.url("/collaborations", "before", page.previousBefore()));
        model.addAttribute("nextUrl", page.nextAfter() == null ? null
                : params.url("/collaborations", "after", page.nextAfter()));
        model.addAttribute("allStatuses", com.creatordesk.collaborations.CollaborationStatus.values());
        model.addAttribute("reasons", FormOptions.REASONS);
        model.addAttribute("firstUrl", params.after() != null || params.before() != null ? params.url("/collaborations") : null);
    }

    List<Item> items(List<CollaborationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<CampaignId, CampaignSummary> found = campaigns.findAll(rows.stream().map(row -> new CampaignId(row.campaignId())).toList());
        return rows.stream().map(row -> new Item(row, Optional.ofNullable(found.get(new CampaignId(row.campaignId())))
                .map(CampaignSummary::name).orElse("—"))).toList();
    }
}
