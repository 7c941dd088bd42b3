package com.creatordesk.campaigns.web;

import com.creatordesk.campaigns.CampaignStatus;
import com.creatordesk.campaigns.domain.Campaign;
import com.creatordesk.campaigns.domain.CampaignRuleViolation;
import com.creatordesk.campaigns.domain.CampaignService;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.MemberSummary;
import com.creatordesk.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A campaign's page: its tabs (Overview here; Outreach and Collaborations are filled by those modules
 * through their own URLs) and its status changes.
 */
@Controller
class CampaignController {

    private final CampaignService campaigns;
    private final Members members;

    CampaignController(CampaignService campaigns, Members members) {
        this.campaigns = campaigns;
        this.members = members;
    }

    @GetMapping({"/campaigns/{id}", "/campaigns/{id}/{tab:outreach|collaborations}"})
    String page(@PathVariable UUID id, @PathVariable(required = false) String tab, Model model,
            HttpServletRequest request) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("tab", tab == null ? "overview" : tab);
        model.addAttribute("statusActions", StatusAction.from(campaign.getStatus()));
        model.addAttribute("canCancel", campaign.getStatus().canChangeTo(CampaignStatus.CANCELLED));
        model.addAttribute("createdBy", members.find(campaign.getCreatedBy()).map(MemberSummary::name)
                .orElse("a former member"));
        return Htmx.wantsFragment(request) ? "campaigns/campaign :: tabs" : "campaigns/campaign";
    }

    @PostMapping("/campaigns/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam CampaignStatus status, RedirectAttributes redirect) {
        return apply(id, redirect, StatusAction.done(status), () -> campaigns.changeStatus(id, status));
    }

    @PostMapping("/campaigns/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        return apply(id, redirect, StatusAction.done(CampaignStatus.CANCELLED), () -> campaigns.cancel(id));
    }

    private static String apply(UUID id, RedirectAttributes redirect, String success, Supplier<Campaign> change) {
        try {
            change.get();
            redirect.addFlashAttribute("flash", success);
        } catch (CampaignRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/campaigns/" + id;
    }
}
