package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.UnsubscribeLinks;
import com.creatordesk.outreach.domain.Unsubscribes;
import com.creatordesk.outreach.domain.Unsubscribes.Recipient;
import com.creatordesk.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of every outreach email, public (no sign-in). GET only asks — mail scanners open
 * links on their own — and POST acts: the page's button, or a mail client's one-click unsubscribe
 * (RFC 8058, a POST without any CSRF token, which the security configuration lets through for /u/**).
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Unsubscribes unsubscribes;

    UnsubscribeController(UnsubscribeLinks links, Unsubscribes unsubscribes) {
        this.links = links;
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/u/{token}")
    String confirm(@PathVariable String token, Model model) {
        Recipient recipient = recipient(token);
        model.addAttribute("token", token);
        model.addAttribute("address", recipient.address());
        model.addAttribute("done", unsubscribes.isUnsubscribed(recipient));
        return "outreach/unsubscribe";
    }

    @PostMapping("/u/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        Recipient recipient = recipient(token);
        unsubscribes.unsubscribe(recipient);
        model.addAttribute("token", token);
        model.addAttribute("address", recipient.address());
        model.addAttribute("done", true);
        return "outreach/unsubscribe";
    }

    private Recipient recipient(String token) {
        return links.messageId(token).flatMap(unsubscribes::recipientOf)
                .orElseThrow(() -> new NotFoundException("Unsubscribe link"));
    }
}
