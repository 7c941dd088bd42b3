package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationId;
import com.creatordesk.collaborations.Collaborations;
import com.creatordesk.inbox.ThreadSummary;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Collaboration card of an Inbox thread (the inbox composes it by URL): the linked collaboration with its
 * status, or Create Collaboration for this thread.
 */
@Controller
class ThreadPanelController {

    private final EmailThreadChoices threads;
    private final Collaborations collaborations;
    private final Campaigns campaigns;

    ThreadPanelController(EmailThreadChoices threads, Collaborations collaborations, Campaigns campaigns) {
        this.threads = threads;
        this.collaborations = collaborations;
        this.campaigns = campaigns;
    }

    @GetMapping("/collaborations/threads/{threadId}/panel")
    String panel(@PathVariable UUID threadId, Model model) {
        ThreadSummary thread = threads.require(threadId);
        model.addAttribute("thread", thread);
        if (thread.collaborationId() != null) {
            collaborations.find(new CollaborationId(thread.collaborationId())).ifPresent(linked -> {
                model.addAttribute("linked", linked);
                campaigns.find(linked.campaign()).ifPresent(campaign -> model.addAttribute("campaign", campaign));
            });
        }
        return "collaborations/thread-panel :: panel";
    }
}
