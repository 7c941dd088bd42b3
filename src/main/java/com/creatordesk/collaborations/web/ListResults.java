package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.CollaborationListPage;
import com.creatordesk.collaborations.domain.CollaborationListing;
import com.creatordesk.collaborations.domain.CollaborationRow;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.shared.Money;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The list's results: a page of rows (each with the copy of its campaign's name the collaboration keeps) and
 * the links around it, for the page or a campaign's tab ({@link ListView}). The list, its tabs and the batch
 * operations all render them.
 */
@Component
class ListResults {

    /**
     * A row as the list shows it: what the template would otherwise work out with expressions of its own (the list
     * renders 25 rows at every keystroke of a search).
     */
    public record Item(CollaborationRow row) {

        private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);

        public String campaignName() {
            return row.campaignName() == null ? "—" : row.campaignName();
        }

        /** The cost for people, or null when there is none. */
        public String cost() {
            return row.cost().map(Money::formatted).orElse(null);
        }

        public String created() {
            return CREATED.format(row.createdAt());
        }

        /** The row's checkbox label. */
        public String selectLabel() {
            return "Select " + row.creatorName() + " in " + campaignName();
        }
    }

    private final CollaborationListing listing;
    private final Creators creators;

    ListResults(CollaborationListing listing, Creators creators) {
        this.listing = listing;
        this.creators = creators;
    }

    /** One statement, in no transaction (the page reads one table; the organization is the signed-in member's). */
    void fill(ListParams params, ListView view, Model model) {
        CollaborationListPage page = listing.rows(params.query());
        model.addAttribute("params", params);
        model.addAttribute("view", view);
        model.addAttribute("items", items(page.rows()));
        model.addAttribute("selected", List.of()); // rows checked again when a batch is refused (BatchController)
        // In a campaign's tab the campaign is where the list is, not a filter the member chose.
        model.addAttribute("filtered", (view.tab() ? params.withCampaign(null) : params).query().filtered());
        ListParams.Links links = params.links();
        model.addAttribute("listUrl", links.url(view.path()));
        model.addAttribute("allUrl", links.url(ListView.PAGE.path()));
        model.addAttribute("newUrl", view.newUrl());
        model.addAttribute("countUrl", links.url("/collaborations/count"));
        model.addAttribute("exportUrl", links.url("/collaborations/export.csv"));
        model.addAttribute("previousUrl", page.previousBefore() == null ? null : links.url(view.path(), "before", page.previousBefore()));
        model.addAttribute("nextUrl", page.nextAfter() == null ? null : links.url(view.path(), "after", page.nextAfter()));
        model.addAttribute("allStatuses", CollaborationStatus.values());
        model.addAttribute("reasons", FormOptions.REASONS);
        model.addAttribute("firstUrl", params.after() != null || params.before() != null ? links.url(view.path()) : null);
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
        return rows.stream().map(Item::new).toList();
    }
}
