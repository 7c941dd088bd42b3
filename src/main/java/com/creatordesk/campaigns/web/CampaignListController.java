package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.campaigns.domain.CampaignListPage;
import com.creatordesk.campaigns.domain.CampaignListQuery;
import com.creatordesk.campaigns.domain.CampaignListing;
import com.creatordesk.shared.Htmx;
import com.creatordesk.shared.PageRequestParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The Campaigns list: search, status filter, Sort by, and keyset paging (Previous / Next). */
@Controller
class CampaignListController {

    private final CampaignListing listing;

    CampaignListController(CampaignListing listing) {
        this.listing = listing;
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(required = false) UUID after,
            @RequestParam(required = false) UUID before, @RequestParam(required = false) Integer size,
            Model model, HttpServletRequest request) {
        CampaignStatus statusFilter = Arrays.stream(CampaignStatus.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst().orElse(null);
        CampaignSortOption sortOption = CampaignSortOption.of(sort);
        int pageSize = PageRequestParams.size(size);
        CampaignListQuery query = new CampaignListQuery(q, statusFilter, sortOption.order(), sortOption.descending(),
                after, before, pageSize);
        CampaignListPage page = listing.list(query);

        model.addAttribute("q", query.search() == null ? "" : query.search());
        model.addAttribute("status", statusFilter);
        model.addAttribute("sort", sortOption);
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("sortOptions", CampaignSortOption.values());
        model.addAttribute("page", page);
        model.addAttribute("filtered", query.filtered());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/campaigns")
                .queryParamIfPresent("q", Optional.ofNullable(query.search()))
                .queryParamIfPresent("status", Optional.ofNullable(statusFilter))
                .queryParam("sort", sortOption.value())
                .queryParamIfPresent("size", Optional.of(pageSize).filter(s -> s != PageRequestParams.DEFAULT_SIZE));
        model.addAttribute("previousUrl", page.previousBefore() == null ? null
                : base.cloneBuilder().queryParam("before", page.previousBefore()).encode().toUriString());
        model.addAttribute("nextUrl", page.nextAfter() == null ? null
                : base.cloneBuilder().queryParam("after", page.nextAfter()).encode().toUriString());
        return Htmx.wantsFragment(request) ? "campaigns/list :: results" : "campaigns/list";
    }
}
