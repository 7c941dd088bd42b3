package com.creatordesk.inbox.web;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.domain.ThreadFinder;
import com.creatordesk.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The creator page's Emails tab, loaded by URL: the creator's email threads, newest first. */
@Controller
class CreatorEmailsController {

    static final int SHOWN = 20;

    private final Creators creators;
    private final ThreadFinder finder;
    private final ThreadRows rows;

    CreatorEmailsController(Creators creators, ThreadFinder finder, ThreadRows rows) {
        this.creators = creators;
        this.finder = finder;
        this.rows = rows;
    }

    @GetMapping("/inbox/creators/{creatorId}/tab")
    String tab(@PathVariable UUID creatorId, Model model) {
        CreatorId creator = new CreatorId(creatorId);
        creators.find(creator).orElseThrow(() -> new NotFoundException("Creator"));
        model.addAttribute("rows", rows.of(finder.ofCreator(creator, SHOWN)));
        return "inbox/creator-tab :: tab";
    }
}
