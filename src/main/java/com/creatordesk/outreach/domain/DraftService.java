package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.outreach.domain.EmailContent.PersonalisedEmail;
import com.creatordesk.outreach.domain.OutreachComposer.Origin;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts of the signed-in member's organization: create, edit, Send test to me, and Send (through the outbox). */
@Service
public class DraftService {

    static final String TEST_PREFIX = "[TEST] ";

    private final OutreachDrafts drafts;
    private final OutreachTemplates templates;
    private final Campaigns campaigns;
    private final CreatorDirectory directory;
    private final Unsubscribes unsubscribes;
    private final OutreachComposer composer;
    private final Outbox outbox;
    private final MailSender sender;
    private final Clock clock;

    DraftService(OutreachDrafts drafts, OutreachTemplates templates, Campaigns campaigns, CreatorDirectory directory,
            Unsubscribes unsubscribes, OutreachComposer composer, Outbox outbox, MailSender sender, Clock clock) {
        this.drafts = drafts;
        this.templates = templates;
        this.campaigns = campaigns;
        this.directory = directory;
        this.unsubscribes = unsubscribes;
        this.composer = composer;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutreachDraft get(UUID id) {
        return drafts.findById(id).orElseThrow(() -> new NotFoundException("Draft"));
    }

    /** For a change: a second request (a double click on Send) waits, then finds it sent. */
    private OutreachDraft locked(UUID id) {
        return drafts.lockById(id).orElseThrow(() -> new NotFoundException("Draft"));
    }

    /** Newest first, {@code size} at a time after the cursor. */
    @Transactional(readOnly = true)
    public Slice<OutreachDraft> page(String after, int size) {
        Limit limit = Limit.of(size + 1);
        List<OutreachDraft> found = Cursor.parse(after).map(cursor -> drafts.newestAfter(cursor.at(), cursor.id(), limit))
                .orElseGet(() -> drafts.newest(limit));
        return Slice.of(found, size, draft -> new Cursor(draft.getCreatedAt(), draft.getId()).token());
    }

    @Transactional
    public OutreachDraft create(CurrentMember author, UUID creatorId, UUID campaignId, UUID templateId) {
        RecipientProfile creator = creator(creatorId);
        CampaignSummary campaign = campaign(campaignId);
        OutreachTemplate template = templateId == null ? null : templates.findById(templateId)
                .orElseThrow(() -> new OutreachRuleViolation("templateId", "Choose a template, or start blank."));
        return drafts.save(new OutreachDraft(author.organizationId(), creator.creatorId(), campaign.id().value(), template,
                author.id(), clock.instant()));
    }

    @Transactional
    public OutreachDraft edit(UUID id, UUID campaignId, EmailContent content) {
        OutreachDraft draft = locked(id);
        draft.edit(campaign(campaignId).id().value(), content, clock.instant());
        return draft;
    }

    @Transactional
    public void delete(UUID id) {
        drafts.delete(get(id));
    }

    /** The draft as its creator would get it, with the sender's values. */
    @Transactional(readOnly = true)
    public PersonalisedEmail personalise(OutreachDraft draft, CurrentMember sender) {
        RecipientProfile creator = directory.find(draft.getCreatorId()).orElse(null);
        String campaignName = campaigns.find(new CampaignId(draft.getCampaignId())).map(CampaignSummary::name).orElse(null);
        return draft.content().personalise(MergeFields.of(creator, campaignName, sender.name()));
    }

    /**
     * Sends the draft to the member's own address, marked TEST, straight through the mailbox: not queued,
     * not recorded as outreach. Placeholders the creator has no value for stay visible.
     */
    public SendResult sendTest(UUID id, CurrentMember member) {
        PersonalisedEmail email = personalise(get(id), member);
        return sender.send(member.organizationId(), OutgoingMail.to(member.email(), TEST_PREFIX + email.subject().text(),
                email.body().text() + "\n\n--\nThis is a test. The creator's copy ends with their own unsubscribe link."));
    }

    /** Queues the draft in the outbox; returns its outbox message's id. */
    @Transactional
    public UUID send(UUID id, CurrentMember member, String linkBase) {
        OutreachDraft draft = locked(id);
        draft.requireUnsent();
        draft.content().problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new OutreachRuleViolation(problem.getKey(), problem.getValue());
        });
        RecipientProfile creator = creator(draft.getCreatorId());
        CampaignSummary campaign = campaign(draft.getCampaignId());
        PersonalisedEmail email = draft.content().personalise(MergeFields.of(creator, campaign.name(), member.name()));
        if (creator.email() == null) {
            throw new OutreachRuleViolation(null, "The creator has no email address. Add one in the Creator Pool.");
        }
        if (!email.complete()) {
            throw new OutreachRuleViolation(null, email.problem());
        }
        if (!unsubscribes.unsubscribedAmong(member.organizationId(), List.of(creator.email())).isEmpty()) {
            throw new OutreachRuleViolation(null, creator.email() + " unsubscribed from your emails.");
        }
        Origin origin = new Origin(member.organizationId(), campaign.id().value(), member.id(), linkBase, null, id);
        OutgoingOutreach outgoing = composer.compose(origin, creator, email, composer.messageIdsFor(member.organizationId()));
        outbox.enqueue(List.of(outgoing));
        draft.sent(outgoing.id(), clock.instant());
        return outgoing.id();
    }

    private RecipientProfile creator(UUID creatorId) {
        return Optional.ofNullable(creatorId).flatMap(directory::find)
                .orElseThrow(() -> new OutreachRuleViolation("creatorId", "Choose a creator."));
    }

    private CampaignSummary campaign(UUID campaignId) {
        return Optional.ofNullable(campaignId).flatMap(id -> campaigns.find(new CampaignId(id)))
                .orElseThrow(() -> new OutreachRuleViolation("campaignId", "Choose a campaign."));
    }
}
