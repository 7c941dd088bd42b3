package com.creatordesk.campaigns.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CampaignsController {

    @GetMapping("/campaigns")
    String page() {
        return "campaigns/list";
    }
}
