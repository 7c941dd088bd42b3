package com.creatordesk.creators.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Creator Tracking: the creators whose future content the team follows, most recently tracked first. Creators
 * are added from their page, or automatically when they reply to outreach.
 */
@Controller
class TrackingController {

    private final CreatorListView view;

    TrackingController(CreatorListView view) {
        this.view = view;
    }

    @GetMapping("/creators/tracking")
    String page(@ModelAttribute("filters") CreatorListParams params, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore) {
        view.results(model, params.tracking(), "/creators/tracking");
        return htmx != null && restore == null ? "creators/tracking :: results" : "creators/tracking";
    }
}
