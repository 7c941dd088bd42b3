package com.creatordesk.inbox.web;

import com.creatordesk.identity.Members;
import com.creatordesk.inbox.domain.ThreadReplies;
import com.creatordesk.inbox.domain.ThreadReplies.NotSent;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A thread: its messages and participants, Reply, and the collaboration panel composed from collaborations. */
@Controller
class ThreadController {

    private final ThreadPageView view;
    private final ThreadReplies replies;
    private final Members members;

    ThreadController(ThreadPageView view, ThreadReplies replies, Members members) {
        this.view = view;
        this.replies = replies;
        this.members = members;
    }

    @GetMapping("/inbox/threads/{id}")
    String thread(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean images, Model model) {
        UUID shown = view.fill(id, images, model);
        if (!shown.equals(id)) {
            return "redirect:/inbox/threads/" + shown;
        }
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", ReplyForm.empty());
        }
        return "inbox/thread";
    }

    @PostMapping("/inbox/threads/{id}/reply")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UUID thread = replies.reply(members.requireCurrent().organizationId(), id, form.body());
                redirect.addFlashAttribute("flash", "Reply sent.");
                return "redirect:/inbox/threads/" + thread + "#latest";
            } catch (NotSent notSent) {
                errors.reject("notSent", "The reply was not sent: " + notSent.getMessage());
            }
        }
        response.setStatus(422);
        return thread(id, false, model);
    }

    /** The raw source of a message that could only partly be read. */
    @GetMapping("/inbox/messages/{id}/source")
    ResponseEntity<byte[]> source(@PathVariable UUID id) {
        return RawSource.download("message-" + id + ".eml", view.rawSource(id));
    }
}
