package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.EmailContent;
import com.creatordesk.outreach.domain.OutreachTemplate;
import com.creatordesk.outreach.domain.TemplateDetails;

/** The New template and Edit template forms, as typed. */
record TemplateForm(String name, String subject, String body) {

    static TemplateForm empty() {
        return new TemplateForm("", "", "Hi {{first_name}},\n\n\n\nBest,\n{{sender_name}}");
    }

    static TemplateForm of(OutreachTemplate template) {
        return new TemplateForm(template.getName(), template.getSubject(), template.getBody());
    }

    TemplateDetails details() {
        return new TemplateDetails(name, new EmailContent(subject, body));
    }
}
