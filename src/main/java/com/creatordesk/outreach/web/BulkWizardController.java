package com.creatordesk.outreach.web;

import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.AudienceResolver;
import com.creatordesk.outreach.domain.BulkSend;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.CreatorDirectory;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import com.creatordesk.outreach.domain.RecipientProfile;
import com.creatordesk.outreach.domain.TemplateService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk Send, steps 1 and 2: campaign + template, then the recipients (selected creators, a tag, the Creator
 * Pool's current filter, or pasted handles). Step 3, the preflight and Send, is {@link BulkSendController}.
 */
@Controller
class BulkWizardController {

    private static final String START = "outreach/bulk-new";
    private static final String RECIPIENTS = "outreach/bulk-recipients";

    private final BulkSendService bulkSends;
    private final TemplateService templates;
    private final PreviewChoices choices;
    private final CreatorDirectory creators;
    private final Members members;

    BulkWizardController(BulkSendService bulkSends, TemplateService templates, PreviewChoices choices,
            CreatorDirectory creators, Members members) {
        this.bulkSends = bulkSends;
        this.templates = templates;
        this.choices = choices;
        this.creators = creators;
        this.members = members;
    }

    /**
     * Also the Creator Pool's way in: {@code ?creator=<id>&creator=<id>}, {@code ?tag=vip} or {@code ?filter=<its query>};
     * its batch form's selection arrives as {@code ?ids=<id>&ids=<id>} along with its filter fields, and then only
     * the selection counts.
     */
    @GetMapping("/outreach/bulk/new")
    String start(@RequestParam(required = false) List<String> creator, @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String filter, Model model) {
        if (ids != null && !ids.isEmpty()) {
            List<String> selected = new ArrayList<>(creator == null ? List.of() : creator);
            selected.addAll(ids);
            return start(model, new BulkStartForm(null, null, selected, null, null));
        }
        return start(model, new BulkStartForm(null, null, creator, tag, filter));
    }

    @PostMapping("/outreach/bulk")
    String create(@ModelAttribute("bulkStartForm") BulkStartForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            BulkSend bulkSend = bulkSends.create(members.requireCurrent(), Ids.parse(form.campaignId()),
                    Ids.parse(form.templateId()));
            redirect.addAttribute("creator", form.creator() == null ? List.of() : form.creator());
            redirect.addAttribute("tag", form.tag() == null ? "" : form.tag());
            redirect.addAttribute("filter", form.filter() == null ? "" : form.filter());
            return "redirect:/outreach/bulk/" + bulkSend.getId() + "/recipients";
        } catch (OutreachRuleViolation violation) {
            FormErrors.add(errors, violation);
            start(model, form);
            return FormErrors.refuse(response, START);
        }
    }

    @GetMapping("/outreach/bulk/{id}/recipients")
    String recipients(@PathVariable UUID id, @RequestParam(required = false) List<String> creator,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String filter, Model model) {
        return recipients(id, model, RecipientsForm.prefilled(creator, tag, filter));
    }

    @PostMapping("/outreach/bulk/{id}/recipients")
    String chooseRecipients(@PathVariable UUID id, @ModelAttribute("recipientsForm") RecipientsForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AudienceResolver.Resolved resolved = bulkSends.chooseRecipients(id, form.audience(), members.requireCurrent());
            if (!resolved.unmatched().isEmpty()) {
                redirect.addFlashAttribute("problem", "No creator has these handles: "
                        + String.join(", ", resolved.unmatched()) + ".");
            }
            return "redirect:/outreach/bulk/" + id;
        } catch (OutreachRuleViolation violation) {
            FormErrors.add(errors, violation);
            recipients(id, model, form);
            return FormErrors.refuse(response, RECIPIENTS);
        }
    }

    /** Creator options for the Selected creators list: those already chosen (kept selected), then matches. */
    @GetMapping("/outreach/bulk/picker")
    String picker(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) List<String> creatorIds,
            Model model) {
        RecipientsForm chosen = new RecipientsForm(null, creatorIds, null, null, null);
        Map<UUID, RecipientProfile> options = new LinkedHashMap<>();
        creators.findAll(chosen.chosenCreators()).forEach(creator -> options.put(creator.creatorId(), creator));
        creators.search(q, PreviewChoices.CREATORS).forEach(creator -> options.putIfAbsent(creator.creatorId(), creator));
        model.addAttribute("creators", new ArrayList<>(options.values()));
        model.addAttribute("chosen", chosen.chosenCreators());
        return "outreach/bulk-recipients :: options";
    }

    private String start(Model model, BulkStartForm form) {
        model.addAttribute("bulkStartForm", form);
        model.addAttribute("templates", templates.all());
        choices.addTo(model);
        return START;
    }

    private String recipients(UUID id, Model model, RecipientsForm form) {
        BulkSend bulkSend = bulkSends.get(id);
        if (bulkSend.isStarted()) {
            return "redirect:/outreach/bulk/" + id;
        }
        model.addAttribute("bulkSend", bulkSend);
        model.addAttribute("recipientsForm", form);
        model.addAttribute("chosen", form.chosenCreators());
        choices.addTo(model, form.chosenCreators());
        return RECIPIENTS;
    }
}
