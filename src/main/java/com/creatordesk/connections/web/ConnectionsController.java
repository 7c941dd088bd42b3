package com.creatordesk.connections.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConnectionsController {

    @GetMapping("/connections")
    String page() {
        return "connections/index";
    }
}
