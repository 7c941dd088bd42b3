package com.creatordesk.analytics.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AnalyticsController {

    @GetMapping("/analytics")
    String page() {
        return "analytics/index";
    }
}
