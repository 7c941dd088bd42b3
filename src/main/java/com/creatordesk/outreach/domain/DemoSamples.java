package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.outreach.domain.OutreachComposer.Origin;
import com.creatordesk.outreach.domain.Preflight.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The demo organization's sample templates, drafts and the record of a finished bulk send (see OutreachDemoData). */
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
    private final Unsubscribes unsubscribes;
    private final OutreachComposer composer;
    private final Clock clock;

    DemoSamples(OutreachTemplates templates, OutreachDrafts drafts, BulkSends bulkSends, BulkRecipients recipients,
            OutreachMessages messages, Preflight preflight, Unsubscribes unsubscribes, OutreachComposer composer,
            Clock clock) {
        this.templates = templates;
        this.drafts = drafts;
        this.bulkSends = bulkSends;
        this.recipients = recipients;
        this.messages = messages;
        this.preflight = preflight;
        this.unsubscribes = unsubscribes;
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

    /**
     * A bulk send that went out earlier, with a spread of outcomes: its preflight (one creator had unsubscribed,
     * those without an email were Invalid) and its emails, recorded as Sent, one Bounced afterwards and one Failed
     * with the server's words.
     */
    void finishedBulkSend(CurrentMember owner, CampaignSummary campaign, List<RecipientProfile> creators,
            OutreachTemplate template, String linkBase, Instant sentAt) {
        BulkSend bulkSend = new BulkSend(owner, campaign.id().value(), campaign.name(), template, sentAt);
        bulkSend.describeAudience(creators.size() + " selected creators");
        bulkSend.start(sentAt);
        bulkSends.save(bulkSend);
        creators.stream().filter(creator -> creator.email() != null).skip(1).findFirst().ifPresent(creator ->
                unsubscribes.unsubscribe(new Unsubscribes.Recipient(owner.organizationId(), null, creator.creatorId(),
                        creator.email())));
        List<Outcome> outcomes = preflight.check(new Preflight.Sending(owner.organizationId(), campaign.id().value(),
                campaign.name(), bulkSend.content(), owner.name()), creators);
        Origin origin = new Origin(owner.organizationId(), campaign.id().value(), owner.id(), linkBase, bulkSend.getId(), null);
        Supplier<String> messageIds = composer.messageIdsFor(owner.organizationId());
        long resolved = outcomes.stream().filter(outcome -> outcome.state() == RecipientState.RESOLVED).count();
        List<BulkRecipient> rows = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            BulkRecipient row = new BulkRecipient(owner.organizationId().value(), bulkSend.getId(), i + 1, outcome);
            if (outcome.state() == RecipientState.RESOLVED) {
                OutgoingOutreach email = composer.compose(origin, outcome.recipient(), outcome.email(), messageIds);
                messages.save(outcomeOf(email, ++sent, resolved, sentAt));
                row.queued(email.id());
            }
            rows.add(row);
        }
        recipients.saveAll(rows);
    }

    /** The last of several emails failed for good, the one before bounced later; the others were delivered. */
    private static OutreachMessage outcomeOf(OutgoingOutreach email, int number, long of, Instant sentAt) {
        if (of >= 3 && number == of) {
            return OutreachMessage.failedBefore(email, sentAt, SendResult.permanentFailure(email.messageId(), 550,
                    "550 5.1.1 The email account that you tried to reach does not exist."));
        }
        OutreachMessage message = OutreachMessage.sentBefore(email, sentAt);
        if (of >= 3 && number == of - 1) {
            message.bounce("552 5.2.2 The recipient's mailbox is full and can't accept messages now.", sentAt.plusSeconds(95));
        }
        return message;
    }

    private static TemplateDetails template(String name, String subject, String body) {
        return new TemplateDetails(name, new EmailContent(subject, body));
    }
}
