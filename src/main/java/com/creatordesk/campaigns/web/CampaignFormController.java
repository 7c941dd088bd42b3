package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.campaigns.domain.Campaign;
import com.creatordesk.campaigns.domain.CampaignDetails;
import com.creatordesk.campaigns.domain.CampaignRuleViolation;
import com.creatordesk.campaigns.domain.CampaignService;
import com.creatordesk.identity.Members;
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

/** New Campaign and Edit Campaign. Refused input comes back with 422, its messages and what was typed. */
@Controller
class CampaignFormController {

    private static final String FORM = "campaigns/form";

    private final CampaignService campaigns;
    private final Members members;

    CampaignFormController(CampaignService campaigns, Members members) {
        this.campaigns = campaigns;
        this.members = members;
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Model model) {
        model.addAttribute("campaignForm", CampaignForm.empty());
        return FORM;
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("campaignForm") CampaignForm form, BindingResult errors,
            HttpServletResponse response, RedirectAttributes redirect) {
        CampaignDetails details = form.toDetails(errors);
        CampaignStatus status = form.initialStatus(errors);
        return save(errors, response, redirect, "Campaign created.",
                () -> campaigns.create(members.requireCurrent(), details, status));
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("campaignForm", CampaignForm.of(campaign));
        return FORM;
    }

    @PostMapping("/campaigns/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("campaignForm") CampaignForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("campaign", campaigns.get(id));
        CampaignDetails details = form.toDetails(errors);
        return save(errors, response, redirect, "Changes saved.", () -> campaigns.edit(id, details));
    }

    private static String save(BindingResult errors, HttpServletResponse response, RedirectAttributes redirect,
            String success, Supplier<Campaign> change) {
        if (!errors.hasErrors()) {
            try {
                Campaign saved = change.get();
                redirect.addFlashAttribute("flash", success);
                return "redirect:/campaigns/" + saved.getId();
            } catch (CampaignRuleViolation violation) {
                if (violation.field() == null) {
                    errors.reject("rule", violation.getMessage());
                } else {
                    errors.rejectValue(violation.field(), "rule", violation.getMessage());
                }
            }
        }
        response.setStatus(422);
        return FORM;
    }
}
