package com.creatordesk.outreach.web;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.CreatorDirectory;
import com.creatordesk.outreach.domain.EmailContent;
import com.creatordesk.outreach.domain.MergeFields;
import com.creatordesk.outreach.domain.RecipientProfile;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview (htmx) of a template or draft as a chosen creator would get it, for a chosen campaign:
 * variables filled in, the ones the creator has no value for marked, unknown ones named.
 */
@Controller
class PreviewController {

    private final CreatorDirectory creators;
    private final Campaigns campaigns;
    private final Members members;

    PreviewController(CreatorDirectory creators, Campaigns campaigns, Members members) {
        this.creators = creators;
        this.campaigns = campaigns;
        this.members = members;
    }

    @PostMapping("/outreach/preview")
    String preview(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String creatorId, @RequestParam(required = false) String campaignId,
            Model model) {
        Optional<RecipientProfile> creator = Optional.ofNullable(Ids.parse(creatorId)).flatMap(creators::find);
        String campaignName = Optional.ofNullable(Ids.parse(campaignId))
                .flatMap(id -> campaigns.find(new CampaignId(id))).map(CampaignSummary::name).orElse(null);
        model.addAttribute("creator", creator.orElse(null));
        model.addAttribute("email", new EmailContent(subject, body).personalise(
                MergeFields.of(creator.orElse(null), campaignName, members.requireCurrent().name())));
        return "outreach/parts :: preview";
    }
}
