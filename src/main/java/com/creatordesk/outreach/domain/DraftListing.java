package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outreach → Drafts: each draft with its creator's and campaign's names and, once sent, its outbox message. */
@Service
public class DraftListing {

    /** A draft as the list shows it; {@code message} is null until it is sent. */
    public record Item(OutreachDraft draft, String creatorName, String campaignName, OutreachMessage message) {
    }

    private final DraftService drafts;
    private final CreatorDirectory creators;
    private final Campaigns campaigns;
    private final OutreachMessages messages;

    DraftListing(DraftService drafts, CreatorDirectory creators, Campaigns campaigns, OutreachMessages messages) {
        this.drafts = drafts;
        this.creators = creators;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Slice<Item> page(String after, int size) {
        Slice<OutreachDraft> page = drafts.page(after, size);
        Map<UUID, String> creatorNames = creators.findAll(page.rows().stream().map(OutreachDraft::getCreatorId).toList())
                .stream().collect(Collectors.toMap(RecipientProfile::creatorId, RecipientProfile::displayName));
        Map<CampaignId, CampaignSummary> campaignsById = campaigns.findAll(page.rows().stream()
                .map(draft -> new CampaignId(draft.getCampaignId())).toList());
        Map<UUID, OutreachMessage> sent = messages.findAllById(page.rows().stream().map(OutreachDraft::getOutreachMessageId)
                .filter(Objects::nonNull).toList()).stream().collect(Collectors.toMap(OutreachMessage::getId, Function.identity()));
        return new Slice<>(page.rows().stream().map(draft -> new Item(draft,
                creatorNames.getOrDefault(draft.getCreatorId(), "A deleted creator"),
                campaign(campaignsById, draft.getCampaignId()),
                draft.getOutreachMessageId() == null ? null : sent.get(draft.getOutreachMessageId()))).toList(), page.next());
    }

    /** One draft with the same details, for its own page. */
    @Transactional(readOnly = true)
    public Item item(UUID id) {
        OutreachDraft draft = drafts.get(id);
        return new Item(draft, creators.find(draft.getCreatorId()).map(RecipientProfile::displayName).orElse("A deleted creator"),
                campaign(campaigns.findAll(List.of(new CampaignId(draft.getCampaignId()))), draft.getCampaignId()),
                draft.getOutreachMessageId() == null ? null : messages.findById(draft.getOutreachMessageId()).orElse(null));
    }

    private static String campaign(Map<CampaignId, CampaignSummary> found, UUID id) {
        CampaignSummary campaign = found.get(new CampaignId(id));
        return campaign == null ? "A deleted campaign" : campaign.name();
    }
}
