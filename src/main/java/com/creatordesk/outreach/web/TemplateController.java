package com.creatordesk.outreach.web;

import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import com.creatordesk.outreach.domain.OutreachTemplate;
import com.creatordesk.outreach.domain.TemplateDetails;
import com.creatordesk.outreach.domain.TemplateService;
import com.creatordesk.outreach.domain.TemplateVariable;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Outreach → Templates: the list, New template, Edit template (with its live preview) and Delete. */
@Controller
class TemplateController {

    private static final String FORM = "outreach/template-form";

    private final TemplateService templates;
    private final PreviewChoices previewChoices;
    private final Members members;

    TemplateController(TemplateService templates, PreviewChoices previewChoices, Members members) {
        this.templates = templates;
        this.previewChoices = previewChoices;
        this.members = members;
    }

    @GetMapping("/outreach/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "outreach/templates";
    }

    @GetMapping("/outreach/templates/new")
    String newTemplate(Model model) {
        return form(model, TemplateForm.empty(), null);
    }

    @PostMapping("/outreach/templates")
    String create(@ModelAttribute("templateForm") TemplateForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(form, errors, model, response, redirect, null, "Template created.",
                () -> templates.create(members.requireCurrent(), form.details()));
    }

    @GetMapping("/outreach/templates/{id}")
    String edit(@PathVariable UUID id, Model model) {
        OutreachTemplate template = templates.get(id);
        return form(model, TemplateForm.of(template), template);
    }

    @PostMapping("/outreach/templates/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("templateForm") TemplateForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OutreachTemplate template = templates.get(id);
        return save(form, errors, model, response, redirect, template, "Changes saved.",
                () -> templates.edit(id, form.details()));
    }

    @PostMapping("/outreach/templates/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        OutreachTemplate template = templates.get(id);
        templates.delete(id);
        redirect.addFlashAttribute("flash", "Template “" + template.getName() + "” deleted.");
        return "redirect:/outreach/templates";
    }

    private String save(TemplateForm form, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect, OutreachTemplate editing, String success, Supplier<OutreachTemplate> change) {
        TemplateDetails details = form.details();
        FormErrors.add(errors, details.problems());
        if (!errors.hasErrors()) {
            try {
                OutreachTemplate saved = change.get();
                redirect.addFlashAttribute("flash", success);
                return "redirect:/outreach/templates/" + saved.getId();
            } catch (OutreachRuleViolation violation) {
                FormErrors.add(errors, violation);
            }
        }
        form(model, form, editing);
        return FormErrors.refuse(response, FORM);
    }

    private String form(Model model, TemplateForm form, OutreachTemplate editing) {
        model.addAttribute("templateForm", form);
        model.addAttribute("template", editing);
        model.addAttribute("variables", TemplateVariable.values());
        previewChoices.addTo(model);
        return FORM;
    }
}
