package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's Outreach tab: what was sent to whom, newest first. */
@Service
public class CampaignOutreach {

    private final Campaigns campaigns;
    private final OutreachMessages messages;

    CampaignOutreach(Campaigns campaigns, OutreachMessages messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    /** @throws NotFoundException for a campaign that is not the organization's */
    @Transactional(readOnly = true)
    public Slice<OutreachMessage> page(UUID campaign, String after, int size) {
        if (!campaigns.exists(new CampaignId(campaign))) {
            throw new NotFoundException("Campaign");
        }
        Limit limit = Limit.of(size + 1);
        List<OutreachMessage> found = Cursor.parse(after)
                .map(cursor -> messages.forCampaignAfter(campaign, cursor.at(), cursor.id(), limit))
                .orElseGet(() -> messages.forCampaign(campaign, limit));
        return Slice.of(found, size, message -> new Cursor(message.getCreatedAt(), message.getId()).token());
    }
}
