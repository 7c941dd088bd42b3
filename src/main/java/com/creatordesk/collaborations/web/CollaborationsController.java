package com.creatordesk.collaborations.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CollaborationsController {

    @GetMapping("/collaborations")
    String page() {
        return "collaborations/list";
    }
}
