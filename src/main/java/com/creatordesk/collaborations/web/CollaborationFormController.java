package com.creatordesk.collaborations.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.Collaboration;
import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import com.creatordesk.collaborations.domain.CollaborationService;
import com.creatordesk.collaborations.domain.DealTerms;
import com.creatordesk.collaborations.domain.DuplicateCollaboration;
import com.creatordesk.collaborations.domain.NewCollaboration;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
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
 * New Collaboration and Edit terms. Refused input comes back with 422, its messages and what was typed;
 * "Add deliverable" and "Add milestone" come back with one more empty line and save nothing. Starting from
 * an email thread is {@link ThreadCollaborationController}'s.
 */
@Controller
class CollaborationFormController {

    private final CollaborationService collaborations;
    private final Campaigns campaigns;
    private final NewCollaborationPage page;
    private final Members members;

    CollaborationFormController(CollaborationService collaborations, Campaigns campaigns, NewCollaborationPage page,
            Members members) {
        this.collaborations = collaborations;
        this.campaigns = campaigns;
        this.page = page;
        this.members = members;
    }

    @GetMapping("/collaborations/new")
    String newCollaboration(@RequestParam(required = false) UUID campaign, @RequestParam(required = false) UUID creator,
            Model model) {
        return page.show(CollaborationForm.empty(campaign, creator), model);
    }

    @PostMapping("/collaborations")
    String create(@ModelAttribute("collaborationForm") CollaborationForm form, BindingResult errors,
            @RequestParam(required = false) String addLine, @RequestParam(required = false) UUID fromThread, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (addLine != null) {
            return page.show(form.withLine(addLine), model, fromThread);
        }
        UUID campaign = form.campaignId(errors);
        UUID creator = form.creatorId(errors);
        CollaborationStatus status = form.initialStatus(errors);
        DealTerms terms = form.toTerms(errors);
        EmailThreadLink thread = page.emailThread(form, errors);
        if (!errors.hasErrors()) {
            try {
                Collaboration created = collaborations.create(new NewCollaboration(new CampaignId(campaign),
                        new CreatorId(creator), status, terms, thread), Actor.member(members.requireCurrent()));
                redirect.addFlashAttribute("flash", "Collaboration created.");
                return "redirect:/collaborations/" + created.getId();
            } catch (DuplicateCollaboration duplicate) {
                FormValues.reject(errors, duplicate);
                collaborations.findFor(new CampaignId(campaign), new CreatorId(creator))
                        .ifPresent(existing -> model.addAttribute("existing", existing));
            } catch (CollaborationRuleViolation violation) {
                FormValues.reject(errors, violation);
            }
        }
        response.setStatus(422);
        if (errors.hasFieldErrors("emailThread")) {
            model.addAttribute("emailThreadError", errors.getFieldError("emailThread").getDefaultMessage());
        }
        return page.show(form, model, fromThread);
    }

    @GetMapping("/collaborations/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Collaboration collaboration = collaborations.get(id);
        model.addAttribute("collaborationForm", CollaborationForm.of(collaboration.getTerms()));
        return editForm(collaboration, model);
    }

    @PostMapping("/collaborations/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("collaborationForm") CollaborationForm form, BindingResult errors,
            @RequestParam(required = false) String addLine, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Collaboration collaboration = collaborations.get(id);
        if (addLine != null) {
            model.addAttribute("collaborationForm", form.withLine(addLine));
            return editForm(collaboration, model);
        }
        DealTerms terms = form.toTerms(errors);
        if (!errors.hasErrors()) {
            try {
                boolean changed = collaborations.changeTerms(id, terms, Actor.member(members.requireCurrent()));
                redirect.addFlashAttribute("flash", changed ? "Terms saved." : "Nothing changed.");
                return "redirect:/collaborations/" + id;
            } catch (CollaborationRuleViolation violation) {
                FormValues.reject(errors, violation);
            }
        }
        response.setStatus(422);
        return editForm(collaboration, model);
    }

    private String editForm(Collaboration collaboration, Model model) {
        model.addAttribute("collaboration", collaboration);
        campaigns.find(collaboration.getCampaignId()).ifPresent(campaign -> model.addAttribute("campaign", campaign));
        FormOptions.addTo(model);
        return NewCollaborationPage.FORM;
    }
}
