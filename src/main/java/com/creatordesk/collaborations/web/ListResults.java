package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.CollaborationListPage;
import com.creatordesk.collaborations.domain.CollaborationListing;
import com.creatordesk.collaborations.domain.CollaborationRow;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The list's results: a page of rows with their campaign's name (one campaigns facade call per page) and
 * the links around it, for the page or a campaign's tab ({@link ListView}). The list, its tabs and the batch
 * operations all render them.
 */
@Component
class ListResults {

    record Item(CollaborationRow row, String campaignName) {
    }

    private final CollaborationListing listing;
    private final Campaigns campaigns;
    private final Creators creators;

    ListResults(CollaborationListing listing, Campaigns campaigns, Creators creators) {
        this.listing = listing;
        this.campaigns = campaigns;
        this.creators = creators;
    }

    /** One read-only transaction for the page and its campaign names: one connection, one round of begin/commit. */
    @Transactional(readOnly = true)
    void fill(ListParams params, ListView view, Model model) {
        CollaborationListPage page = listing.rows(params.query());
        model.addAttribute("params", params);
        model.addAttribute("view", view);
        model.addAttribute("items", items(page.rows()));
        // In a campaign's tab the campaign is where the list is, not a filter the member chose.
        model.addAttribute("filtered", (view.tab() ? params.withCampaign(null) : params).query().filtered());
        model.addAttribute("listUrl", params.url(view.path()));
        model.addAttribute("allUrl", params.url(ListView.PAGE.path()));
        model.addAttribute("newUrl", view.newUrl());
        model.addAttribute("countUrl", params.url("/collaborations/count"));
        model.addAttribute("exportUrl", params.url("/collaborations/export.csv"));
        model.addAttribute("previousUrl", page.previousBefore() == null ? null
                : params.url(view.path(), "before", page.previousBefore()));
        model.addAttribute("nextUrl", page.nextAfter() == null ? null
                : params.url(view.path(), "after", page.nextAfter()));
        model.addAttribute("allStatuses", CollaborationStatus.values());
        model.addAttribute("reasons", FormOptions.REASONS);
        model.addAttribute("firstUrl", params.after() != null || params.before() != null ? params.url(view.path()) : null);
    }

    /** What the search and filter bar offers besides campaigns: statuses, orders, and the creator filtered by. */
    void filterOptions(ListParams params, Model model) {
        model.addAttribute("statuses", CollaborationStatus.values());
        model.addAttribute("sortOptions", CollaborationSortOption.values());
        if (params.creator() != null) {
            creators.find(new CreatorId(params.creator())).ifPresent(creator -> model.addAttribute("creatorFilter", creator));
        }
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
