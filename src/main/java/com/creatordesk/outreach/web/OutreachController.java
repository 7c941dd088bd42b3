package com.creatordesk.outreach.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Outreach page opens on its first section, Templates. */
@Controller
class OutreachController {

    @GetMapping("/outreach")
    String page() {
        return "redirect:/outreach/templates";
    }
}
