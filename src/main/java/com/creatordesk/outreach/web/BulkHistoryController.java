package com.creatordesk.outreach.web;

import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.BulkSendViews;
import com.creatordesk.shared.Htmx;
import com.creatordesk.shared.PageRequestParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Outreach → Bulk sends: every bulk send, newest first, with its progress. */
@Controller
class BulkHistoryController {

    private final BulkSendViews views;
    private final Members members;

    BulkHistoryController(BulkSendViews views, Members members) {
        this.views = views;
        this.members = members;
    }

    @GetMapping("/outreach/bulk")
    String history(@RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        model.addAttribute("page", views.history(members.requireCurrent().organizationId(), after,
                PageRequestParams.DEFAULT_SIZE));
        return Htmx.wantsFragment(request) ? "outreach/bulk-sends :: rows" : "outreach/bulk-sends";
    }
}
