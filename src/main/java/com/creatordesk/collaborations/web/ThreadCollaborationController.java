package com.creatordesk.collaborations.web;

import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.creators.Platform;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Guide 000, From the Inbox: Create Collaboration on an email thread opens New Collaboration with the thread's
 * addresses matched against the Creator Pool and Quick Add for the others; and the form's Email thread field,
 * asked again whenever the chosen creator changes. Creating is the form's own POST.
 */
@Controller
class ThreadCollaborationController {

    private final NewCollaborationPage page;
    private final Creators creators;

    ThreadCollaborationController(NewCollaborationPage page, Creators creators) {
        this.page = page;
        this.creators = creators;
    }

    @GetMapping(path = "/collaborations/new", params = "thread")
    String fromThread(@RequestParam UUID thread, @RequestParam(required = false) UUID campaign,
            @RequestParam(required = false) UUID creator, Model model) {
        return page.fromThread(thread, campaign, creator, model);
    }

    /** Adds the creator of an address nobody in the pool has (enriched in the background) and pre-selects them. */
    @PostMapping("/collaborations/new/quick-add")
    String quickAdd(@RequestParam UUID thread, @RequestParam String address, @RequestParam(required = false) String platform,
            @RequestParam(required = false) String handle, @RequestParam(required = false) UUID campaign, Model model,
            HttpServletResponse response) {
        try {
            CreatorSummary added = creators.quickAdd(Platform.parse(platform).orElse(null), handle, address);
            return "redirect:/collaborations/new?thread=" + thread + "&creator=" + added.id().value()
                    + (campaign == null ? "" : "&campaign=" + campaign);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("quickAddAddress", address);
            model.addAttribute("quickAddError", refused.getMessage());
            response.setStatus(422);
            return page.fromThread(thread, campaign, null, model);
        }
    }

    @GetMapping("/collaborations/new/email-threads")
    String emailThreadField(@RequestParam(required = false) String creator, @RequestParam(required = false) String emailThread,
            Model model) {
        return page.emailThreadField(creator, emailThread, model);
    }
}
