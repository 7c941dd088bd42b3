package com.creatordesk.inbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InboxController {

    @GetMapping("/inbox")
    String page() {
        return "inbox/index";
    }
}
