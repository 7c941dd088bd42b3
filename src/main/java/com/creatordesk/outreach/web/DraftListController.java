package com.creatordesk.outreach.web;

import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.DraftListing;
import com.creatordesk.outreach.domain.DraftService;
import com.creatordesk.outreach.domain.OutreachDraft;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import com.creatordesk.outreach.domain.Slice;
import com.creatordesk.outreach.domain.TemplateService;
import com.creatordesk.shared.Htmx;
import com.creatordesk.shared.PageRequestParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Outreach → Drafts: the list (newest first, paged) and New draft. */
@Controller
class DraftListController {

    private static final String NEW = "outreach/draft-new";

    private final DraftListing listing;
    private final DraftService drafts;
    private final TemplateService templates;
    private final PreviewChoices choices;
    private final Members members;

    DraftListController(DraftListing listing, DraftService drafts, TemplateService templates, PreviewChoices choices,
            Members members) {
        this.listing = listing;
        this.drafts = drafts;
        this.templates = templates;
        this.choices = choices;
        this.members = members;
    }

    @GetMapping("/outreach/drafts")
    String list(@RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        Slice<DraftListing.Item> page = listing.page(after, PageRequestParams.DEFAULT_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.rows().stream().map(item -> new DraftRow(item,
                item.message() == null ? null : MessageView.of(item.message(), false))).toList());
        return Htmx.wantsFragment(request) ? "outreach/drafts :: rows" : "outreach/drafts";
    }

    @GetMapping("/outreach/drafts/new")
    String newDraft(@RequestParam(required = false) String creator, @RequestParam(required = false) String campaign,
            Model model) {
        return form(model, new NewDraftForm(creator, campaign, null));
    }

    @PostMapping("/outreach/drafts")
    String create(@ModelAttribute("newDraftForm") NewDraftForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            OutreachDraft draft = drafts.create(members.requireCurrent(), Ids.parse(form.creatorId()),
                    Ids.parse(form.campaignId()), Ids.parse(form.templateId()));
            redirect.addFlashAttribute("flash", "Draft created.");
            return "redirect:/outreach/drafts/" + draft.getId();
        } catch (OutreachRuleViolation violation) {
            FormErrors.add(errors, violation);
            form(model, form);
            return FormErrors.refuse(response, NEW);
        }
    }

    /** A draft in the list, with its email's status once sent. */
    record DraftRow(DraftListing.Item item, MessageView status) {
    }

    private String form(Model model, NewDraftForm form) {
        model.addAttribute("newDraftForm", form);
        model.addAttribute("templates", templates.all());
        UUID creator = Ids.parse(form.creatorId());
        choices.addTo(model, creator == null ? List.of() : List.of(creator));
        return NEW;
    }
}
