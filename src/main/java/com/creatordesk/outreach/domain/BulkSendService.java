package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.outreach.domain.OutreachComposer.Origin;
import com.creatordesk.outreach.domain.Preflight.Outcome;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bulk Send wizard's steps for the signed-in member's organization: campaign and template, then the
 * recipients with their preflight, then Send — which checks every recipient again and queues the
 * Resolved ones in the outbox, in the same transaction.
 */
@Service
public class BulkSendService {

    static final String GONE = "The creator is no longer in the Creator Pool.";

    private final BulkSends bulkSends;
    private final BulkRecipients recipients;
    private final OutreachTemplates templates;
    private final Campaigns campaigns;
    private final AudienceResolver audiences;
    private final CreatorDirectory directory;
    private final Preflight preflight;
    private final OutreachComposer composer;
    private final Outbox outbox;
    private final Clock clock;

    BulkSendService(BulkSends bulkSends, BulkRecipients recipients, OutreachTemplates templates, Campaigns campaigns,
            AudienceResolver audiences, CreatorDirectory directory, Preflight preflight, OutreachComposer composer,
            Outbox outbox, Clock clock) {
        this.bulkSends = bulkSends;
        this.recipients = recipients;
        this.templates = templates;
        this.campaigns = campaigns;
        this.audiences = audiences;
        this.directory = directory;
        this.preflight = preflight;
        this.composer = composer;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BulkSend get(UUID id) {
        return bulkSends.findById(id).orElseThrow(() -> new NotFoundException("Bulk send"));
    }

    /** For a change: a second request (a double click on Send) waits, then finds it started. */
    private BulkSend locked(UUID id) {
        return bulkSends.lockById(id).orElseThrow(() -> new NotFoundException("Bulk send"));
    }

    @Transactional
    public BulkSend create(CurrentMember sender, UUID campaignId, UUID templateId) {
        CampaignSummary campaign = Optional.ofNullable(campaignId).flatMap(known -> campaigns.find(new CampaignId(known)))
                .orElseThrow(() -> new OutreachRuleViolation("campaignId", "Choose a campaign."));
        OutreachTemplate template = Optional.ofNullable(templateId).flatMap(templates::findById)
                .orElseThrow(() -> new OutreachRuleViolation("templateId", "Choose a template."));
        return bulkSends.save(new BulkSend(sender, campaign.id().value(), campaign.name(), template, clock.instant()));
    }

    /** Resolves the audience and records the preflight of each recipient, replacing an earlier choice. */
    @Transactional
    public AudienceResolver.Resolved chooseRecipients(UUID id, Audience audience, CurrentMember member) {
        BulkSend bulkSend = locked(id);
        bulkSend.requirePreparing();
        AudienceResolver.Resolved resolved = audiences.resolve(audience, member.id());
        List<Outcome> outcomes = preflight.check(sending(bulkSend, member), resolved.recipients());
        recipients.deleteByBulkSend(id);
        List<BulkRecipient> rows = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            rows.add(new BulkRecipient(member.organizationId().value(), id, i + 1, outcomes.get(i)));
        }
        recipients.saveAll(rows);
        bulkSend.describeAudience(resolved.description());
        return resolved;
    }

    /** Checks every recipient again and queues the Resolved ones; returns how many were queued. */
    @Transactional
    public int start(UUID id, CurrentMember member, String linkBase) {
        BulkSend bulkSend = locked(id);
        bulkSend.requirePreparing();
        List<BulkRecipient> rows = recipients.findByBulkSendIdOrderByPosition(id);
        Map<UUID, Outcome> outcomes = preflight.check(sending(bulkSend, member),
                        directory.findAll(rows.stream().map(BulkRecipient::getCreatorId).toList())).stream()
                .collect(Collectors.toMap(outcome -> outcome.recipient().creatorId(), Function.identity()));
        Origin origin = new Origin(member.organizationId(), bulkSend.getCampaignId(), member.id(), linkBase, id, null);
        Supplier<String> messageIds = composer.messageIdsFor(member.organizationId());
        List<OutgoingOutreach> queued = new ArrayList<>();
        for (BulkRecipient row : rows) {
            Outcome outcome = outcomes.get(row.getCreatorId());
            if (outcome == null) {
                row.gone(GONE);
            } else {
                row.decide(outcome);
                if (outcome.state() == RecipientState.RESOLVED) {
                    OutgoingOutreach email = composer.compose(origin, outcome.recipient(), outcome.email(), messageIds);
                    row.queued(email.id());
                    queued.add(email);
                }
            }
        }
        if (queued.isEmpty()) {
            throw new OutreachRuleViolation(null, "No recipient is Resolved, so there is nothing to send.");
        }
        outbox.enqueue(queued);
        bulkSend.start(clock.instant());
        return queued.size();
    }

    private static Preflight.Sending sending(BulkSend bulkSend, CurrentMember member) {
        return new Preflight.Sending(member.organizationId(), bulkSend.getCampaignId(), bulkSend.getCampaignName(),
                bulkSend.content(), bulkSend.getSenderName());
    }
}
