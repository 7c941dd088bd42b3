package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.outreach.domain.OutreachComposer.Origin;
import com.creatordesk.outreach.domain.Preflight.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The demo organization's sample templates, drafts and finished bulk send (see OutreachDemoData). */
@Component
class DemoSamples {

    private static final List<TemplateDetails> TEMPLATES = List.of(
            template("First contact", "{{campaign_name}} × {{display_name}}?", """
                    Hi {{first_name}},

                    I'm {{sender_name}} from the partnerships team. We've been following {{handle}} for a while and \
                    think your audience would love {{campaign_name}}.

                    Would you be open to a paid collaboration? Happy to share the brief and budget.

                    Best,
                    {{sender_name}}"""),
            template("Gifting offer", "A little something for you, {{first_name}}", """
                    Hi {{first_name}},

                    We'd love to send you a few pieces from {{campaign_name}} — no strings attached. If you like them, \
                    a post or story would make our day.

                    Just reply with a shipping address.

                    Cheers,
                    {{sender_name}}"""),
            template("Follow-up", "Re: {{campaign_name}}", """
                    Hi {{first_name}},

                    Just bumping this up in case it got buried. Still keen to work with you on {{campaign_name}}!

                    {{sender_name}}"""),
            template("Ambassador invite", "Join our ambassador programme, {{first_name}}?", """
                    Hi {{display_name}},

                    We're picking a handful of creators for a year-long ambassador programme around {{campaign_name}}: \
                    a monthly fee, early access to new gear and a say in what we make next.

                    Interested? I'd love to set up a call.

                    {{sender_name}}"""));

    private final OutreachTemplates templates;
    private final OutreachDrafts drafts;
    private final BulkSends bulkSends;
    private final BulkRecipients recipients;
    private final OutreachMessages messages;
    private final Preflight preflight;
    private final OutreachComposer composer;
    private final Clock clock;

    DemoSamples(OutreachTemplates templates, OutreachDrafts drafts, BulkSends bulkSends, BulkRecipients recipients,
            OutreachMessages messages, Preflight preflight, OutreachComposer composer, Clock clock) {
        this.templates = templates;
        this.drafts = drafts;
        this.bulkSends = bulkSends;
        this.recipients = recipients;
        this.messages = messages;
        this.preflight = preflight;
        this.composer = composer;
        this.clock = clock;
    }

    List<OutreachTemplate> templates(CurrentMember owner) {
        List<OutreachTemplate> created = TEMPLATES.stream()
                .map(details -> new OutreachTemplate(owner.organizationId(), details, owner.id(), clock.instant())).toList();
        templates.saveAll(created);
        return created;
    }

    void drafts(CurrentMember owner, CampaignSummary campaign, List<RecipientProfile> creators, List<OutreachTemplate> from) {
        for (int i = 0; i < creators.size(); i++) {
            drafts.save(new OutreachDraft(owner.organizationId(), creators.get(i).creatorId(), campaign.id().value(),
                    from.get(i == 0 ? 0 : 2), owner.id(), clock.instant()));
        }
    }

    /** A bulk send that went out earlier: its preflight and its emails, recorded as Sent. */
    void finishedBulkSend(CurrentMember owner, CampaignSummary campaign, List<RecipientProfile> creators,
            OutreachTemplate template, String linkBase, Instant sentAt) {
        BulkSend bulkSend = new BulkSend(owner, campaign.id().value(), campaign.name(), template, sentAt);
        bulkSend.describeAudience(creators.size() + " selected creators");
        bulkSend.start(sentAt);
        bulkSends.save(bulkSend);
        List<Outcome> outcomes = preflight.check(new Preflight.Sending(owner.organizationId(), campaign.id().value(),
                campaign.name(), bulkSend.content(), owner.name()), creators);
        Origin origin = new Origin(owner.organizationId(), campaign.id().value(), owner.id(), linkBase, bulkSend.getId(), null);
        Supplier<String> messageIds = composer.messageIdsFor(owner.organizationId());
        List<BulkRecipient> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            BulkRecipient row = new BulkRecipient(owner.organizationId().value(), bulkSend.getId(), i + 1, outcomes.get(i));
            if (outcomes.get(i).state() == RecipientState.RESOLVED) {
                OutgoingOutreach email = composer.compose(origin, outcomes.get(i).recipient(), outcomes.get(i).email(),
                        messageIds);
                messages.save(OutreachMessage.sentBefore(email, sentAt));
                row.queued(email.id());
            }
            rows.add(row);
        }
        recipients.saveAll(rows);
    }

    private static TemplateDetails template(String name, String subject, String body) {
        return new TemplateDetails(name, new EmailContent(subject, body));
    }
}
