package com.creatordesk.mailbox.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MailboxSettingsController {

    @GetMapping("/settings/mailbox")
    String page() {
        return "mailbox/settings";
    }
}
