package com.creatordesk.collaborations.web;

import java.util.UUID;

/**
 * Where a collaboration list is shown: the Collaborations page, or a campaign's Collaborations tab (the
 * campaign page loads it with htmx). Both offer the same search, filters, sort, paging and batch toolbar; the
 * tab keeps its campaign, answers from its own URL and leaves the address bar alone.
 */
public record ListView(String path, UUID campaign) {

    static final ListView PAGE = new ListView("/collaborations", null);
    /** What the batch form sends back so that its answer is rendered for the tab it came from. */
    static final String CAMPAIGN_TAB = "campaign-tab";

    static ListView campaignTab(UUID campaign) {
        return new ListView("/collaborations/campaigns/" + campaign + "/tab", campaign);
    }

    /** The view a batch request came from: the campaign tab it names, or the page. */
    static ListView of(String view, ListParams params) {
        return CAMPAIGN_TAB.equals(view) && params.campaign() != null ? campaignTab(params.campaign()) : PAGE;
    }

    public boolean tab() {
        return campaign != null;
    }

    /** New Collaboration, with the tab's campaign pre-filled. */
    public String newUrl() {
        return tab() ? "/collaborations/new?campaign=" + campaign : "/collaborations/new";
    }

    /** Page links change the address bar on the page only; in a tab they would point it at a fragment. */
    public boolean pushUrl() {
        return !tab();
    }
}
