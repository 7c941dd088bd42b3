package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.EmailContent;
import com.creatordesk.outreach.domain.OutreachDraft;
import java.util.UUID;

/** The draft editor, as typed. */
record DraftForm(String campaignId, String subject, String body) {

    static DraftForm of(OutreachDraft draft) {
        return new DraftForm(draft.getCampaignId().toString(), draft.getSubject(), draft.getBody());
    }

    UUID campaign() {
        return Ids.parse(campaignId);
    }

    EmailContent content() {
        return new EmailContent(subject, body);
    }
}
