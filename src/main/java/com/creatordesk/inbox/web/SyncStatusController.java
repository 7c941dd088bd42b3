package com.creatordesk.inbox.web;

import com.creatordesk.identity.Members;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.SyncedMailboxes;
import com.creatordesk.inbox.domain.UnreadableMessages;
import com.creatordesk.inbox.domain.sync.InboxSync;
import com.creatordesk.mailbox.Mailboxes;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inbox sync health (connected, last successful sync, lag, last error, messages that could not be read)
 * and Sync now. Settings → Mailbox loads the fragment by URL; without htmx it is a page of its own.
 */
@Controller
class SyncStatusController {

    static final int UNREADABLE_SHOWN = 20;

    private final SyncedMailboxes mailboxes;
    private final UnreadableMessages unreadable;
    private final ProblemMessages problems;
    private final InboxSync sync;
    private final Members members;
    private final Mailboxes mailboxStatus;
    private final Clock clock;

    SyncStatusController(SyncedMailboxes mailboxes, UnreadableMessages unreadable, ProblemMessages problems, InboxSync sync,
            Members members, Mailboxes mailboxStatus, Clock clock) {
        this.mailboxes = mailboxes;
        this.unreadable = unreadable;
        this.problems = problems;
        this.sync = sync;
        this.members = members;
        this.mailboxStatus = mailboxStatus;
        this.clock = clock;
    }

    @GetMapping("/inbox/sync/status")
    String status(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        OrganizationId organization = members.requireCurrent().organizationId();
        sync.register(organization);
        model.addAttribute("sync", new SyncStatusView(mailboxes.health(organization.value()).orElseThrow(),
                mailboxStatus.status(organization), clock.instant()));
        model.addAttribute("unreadable", unreadable.latest(organization.value(), UNREADABLE_SHOWN));
        model.addAttribute("partlyRead", problems.latest(UNREADABLE_SHOWN));
        return htmx != null ? "inbox/sync-status :: status" : "inbox/sync-status";
    }

    @PostMapping("/inbox/sync/now")
    String syncNow(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        sync.syncNow(members.requireCurrent().organizationId());
        if (htmx != null) {
            return status(model, htmx);
        }
        redirect.addFlashAttribute("flash", "Sync requested: new mail shows up in the Inbox within moments.");
        return "redirect:/inbox/sync/status";
    }

    @GetMapping("/inbox/sync/unreadable/{id}/source")
    ResponseEntity<byte[]> unreadableSource(@PathVariable UUID id) {
        return RawSource.download("unreadable-" + id + ".eml",
                unreadable.source(members.requireCurrent().organizationId().value(), id));
    }
}
