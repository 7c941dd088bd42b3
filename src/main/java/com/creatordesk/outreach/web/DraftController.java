package com.creatordesk.outreach.web;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.outreach.domain.CreatorDirectory;
import com.creatordesk.outreach.domain.DraftListing;
import com.creatordesk.outreach.domain.DraftService;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One draft: edit it with a live preview, Send test to me (the member's own address, marked TEST, not
 * recorded), Send (through the outbox), Delete. Each button saves the edits first.
 */
@Controller
class DraftController {

    private static final String PAGE = "outreach/draft";

    private final DraftService drafts;
    private final DraftListing listing;
    private final PreviewChoices choices;
    private final OutboxWorker worker;
    private final LinkBase linkBase;
    private final CreatorDirectory creators;
    private final MailboxWarning mailboxWarning;
    private final Members members;

    DraftController(DraftService drafts, DraftListing listing, PreviewChoices choices, OutboxWorker worker,
            LinkBase linkBase, CreatorDirectory creators, MailboxWarning mailboxWarning, Members members) {
        this.drafts = drafts;
        this.listing = listing;
        this.choices = choices;
        this.worker = worker;
        this.linkBase = linkBase;
        this.creators = creators;
        this.mailboxWarning = mailboxWarning;
        this.members = members;
    }

    @GetMapping("/outreach/drafts/{id}")
    String page(@PathVariable UUID id, Model model) {
        return page(id, DraftForm.of(drafts.get(id)), model);
    }

    @PostMapping("/outreach/drafts/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!saved(id, form, errors)) {
            return refuse(id, form, model, response);
        }
        redirect.addFlashAttribute("flash", "Draft saved.");
        return "redirect:/outreach/drafts/" + id;
    }

    @PostMapping("/outreach/drafts/{id}/test")
    String sendTest(@PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!saved(id, form, errors)) {
            return refuse(id, form, model, response);
        }
        CurrentMember me = members.requireCurrent();
        SendResult result = drafts.sendTest(id, me);
        if (result.isSent()) {
            redirect.addFlashAttribute("flash", "Test sent to " + me.email() + ".");
        } else {
            redirect.addFlashAttribute("problem", "The test could not be sent: " + result.detail());
        }
        return "redirect:/outreach/drafts/" + id;
    }

    @PostMapping("/outreach/drafts/{id}/send")
    String send(@PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (saved(id, form, errors)) {
            try {
                CurrentMember me = members.requireCurrent();
                drafts.send(id, me, linkBase.get());
                worker.wake(me.organizationId());
                redirect.addFlashAttribute("flash", "Email queued: it goes out in a moment.");
                return "redirect:/outreach/drafts/" + id;
            } catch (OutreachRuleViolation violation) {
                FormErrors.add(errors, violation);
            }
        }
        return refuse(id, form, model, response);
    }

    @PostMapping("/outreach/drafts/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        drafts.delete(id);
        redirect.addFlashAttribute("flash", "Draft deleted.");
        return "redirect:/outreach/drafts";
    }

    /** Saves unless the draft was sent already (then there is nothing to save) or the input is refused. */
    private boolean saved(UUID id, DraftForm form, BindingResult errors) {
        if (drafts.get(id).isSent()) {
            return true;
        }
        try {
            drafts.edit(id, form.campaign(), form.content());
            return true;
        } catch (OutreachRuleViolation violation) {
            FormErrors.add(errors, violation);
            return false;
        }
    }

    private String refuse(UUID id, DraftForm form, Model model, HttpServletResponse response) {
        page(id, form, model);
        return FormErrors.refuse(response, PAGE);
    }

    private String page(UUID id, DraftForm form, Model model) {
        DraftListing.Item item = listing.item(id);
        model.addAttribute("item", item);
        model.addAttribute("draftForm", form);
        model.addAttribute("status", item.message() == null ? null : MessageView.of(item.message(), false));
        model.addAttribute("creator", creators.find(item.draft().getCreatorId()).orElse(null));
        model.addAttribute("email", drafts.personalise(item.draft(), members.requireCurrent()));
        choices.addTo(model);
        mailboxWarning.addTo(model, members.requireCurrent().organizationId());
        return PAGE;
    }
}
