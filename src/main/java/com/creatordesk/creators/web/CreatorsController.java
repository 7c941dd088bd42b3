package com.creatordesk.creators.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CreatorsController {

    @GetMapping("/creators")
    String page() {
        return "creators/list";
    }
}
