package com.creatordesk.outreach.web;

import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.CampaignOutreach;
import com.creatordesk.outreach.domain.OutreachMessage;
import com.creatordesk.outreach.domain.SendingLimits;
import com.creatordesk.outreach.domain.Slice;
import com.creatordesk.shared.PageRequestParams;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A campaign's Outreach tab, loaded by the campaign page with htmx: the emails sent for the campaign, to
 * whom, and their status, newest first. Another organization's campaign answers 404 (the page then keeps
 * its own empty state).
 */
@Controller
class CampaignTabController {

    private final CampaignOutreach outreach;
    private final SendingLimits limits;
    private final Members members;

    CampaignTabController(CampaignOutreach outreach, SendingLimits limits, Members members) {
        this.outreach = outreach;
        this.limits = limits;
        this.members = members;
    }

    @GetMapping("/outreach/campaigns/{campaignId}/tab")
    String tab(@PathVariable UUID campaignId, @RequestParam(required = false) String after, Model model) {
        Slice<OutreachMessage> page = outreach.page(campaignId, after, PageRequestParams.DEFAULT_SIZE);
        boolean quotaReached = limits.quotaReached(members.requireCurrent().organizationId());
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("messages", page.rows().stream()
                .map(message -> new SentView(message, MessageView.of(message, quotaReached))).toList());
        model.addAttribute("next", page.next());
        return "outreach/campaign-tab :: tab";
    }

    record SentView(OutreachMessage message, MessageView status) {
    }
}
