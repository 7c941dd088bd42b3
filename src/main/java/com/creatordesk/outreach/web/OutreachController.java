package com.creatordesk.outreach.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OutreachController {

    @GetMapping("/outreach")
    String page() {
        return "outreach/index";
    }
}
