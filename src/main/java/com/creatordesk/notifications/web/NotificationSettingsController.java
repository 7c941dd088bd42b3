package com.creatordesk.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class NotificationSettingsController {

    @GetMapping("/settings/notifications")
    String page() {
        return "notifications/settings";
    }
}
