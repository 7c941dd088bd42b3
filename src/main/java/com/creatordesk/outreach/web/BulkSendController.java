package com.creatordesk.outreach.web;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.BulkProgress;
import com.creatordesk.outreach.domain.BulkRecipients.RecipientRow;
import com.creatordesk.outreach.domain.BulkSend;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.BulkSendViews;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import com.creatordesk.outreach.domain.RecipientState;
import com.creatordesk.outreach.domain.Slice;
import com.creatordesk.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A bulk send's page. Before sending: the preflight table (Resolved, Invalid, Skipped with the reason) and
 * Send. After: the progress (polled by htmx until done) and every recipient's status.
 */
@Controller
class BulkSendController {

    static final int RECIPIENTS_PAGE = 50;

    private final BulkSendService bulkSends;
    private final BulkSendViews views;
    private final OutboxWorker worker;
    private final LinkBase linkBase;
    private final Members members;

    BulkSendController(BulkSendService bulkSends, BulkSendViews views, OutboxWorker worker, LinkBase linkBase,
            Members members) {
        this.bulkSends = bulkSends;
        this.views = views;
        this.worker = worker;
        this.linkBase = linkBase;
        this.members = members;
    }

    @GetMapping("/outreach/bulk/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int after, Model model, HttpServletRequest request) {
        BulkSend bulkSend = bulkSends.get(id);
        Map<RecipientState, Long> preflight = views.preflight(id);
        if (!bulkSend.isStarted() && preflight.values().stream().allMatch(count -> count == 0)) {
            return "redirect:/outreach/bulk/" + id + "/recipients";
        }
        RecipientState stateFilter = Arrays.stream(RecipientState.values()).filter(choice -> choice.name().equals(state))
                .findFirst().orElse(null);
        BulkProgress progress = views.progress(members.requireCurrent().organizationId(), id);
        Slice<RecipientRow> recipients = views.recipients(id, stateFilter, after, RECIPIENTS_PAGE);
        model.addAttribute("bulkSend", bulkSend);
        model.addAttribute("progress", progress);
        model.addAttribute("preflight", preflight);
        model.addAttribute("stateFilter", stateFilter);
        model.addAttribute("recipients", recipients.rows().stream()
                .map(row -> RecipientView.of(row, progress.waitingForQuota())).toList());
        model.addAttribute("nextAfter", recipients.next());
        return Htmx.wantsFragment(request) ? "outreach/bulk-send :: recipients" : "outreach/bulk-send";
    }

    /** Polled while sending; when it's done the whole page reloads once, so every recipient's row shows its end. */
    @GetMapping("/outreach/bulk/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        BulkProgress progress = views.progress(members.requireCurrent().organizationId(), id);
        model.addAttribute("bulkSend", bulkSends.get(id));
        model.addAttribute("progress", progress);
        if (progress.done()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "outreach/bulk-send :: progress-card";
    }

    @PostMapping("/outreach/bulk/{id}/send")
    String send(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentMember me = members.requireCurrent();
        try {
            int queued = bulkSends.start(id, me, linkBase.get());
            worker.wake(me.organizationId());
            redirect.addFlashAttribute("flash", queued + (queued == 1 ? " email" : " emails") + " queued for sending.");
        } catch (OutreachRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/outreach/bulk/" + id;
    }
}
