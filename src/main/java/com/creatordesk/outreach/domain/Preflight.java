package com.creatordesk.outreach.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.CollaboratingCreators;
import com.creatordesk.outreach.domain.EmailContent.PersonalisedEmail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides, before anything is sent, what becomes of each recipient: Resolved (personalised and ready),
 * Invalid (no email, or a variable the creator has no value for) or Skipped (unsubscribed, already in a
 * collaboration for the campaign, already contacted for it, or the same address twice). Call it inside a
 * transaction scoped to the organization.
 */
@Component
public class Preflight {

    static final String NO_EMAIL = "No email address.";
    static final String UNSUBSCRIBED = "Unsubscribed.";
    static final String IN_COLLABORATION = "Already in a collaboration for this campaign.";
    static final String CONTACTED = "Already contacted for this campaign.";
    static final String SAME_ADDRESS = "Same email address as another recipient.";

    /** What a bulk send is: its campaign and its email, written by whom. */
    public record Sending(OrganizationId organization, UUID campaignId, String campaignName, EmailContent content,
            String senderName) {
    }

    public record Outcome(RecipientProfile recipient, RecipientState state, String reason, PersonalisedEmail email) {
    }

    private final OutreachMessages messages;
    private final Unsubscribes unsubscribes;
    private final ObjectProvider<CollaboratingCreators> collaborating;

    Preflight(OutreachMessages messages, Unsubscribes unsubscribes, ObjectProvider<CollaboratingCreators> collaborating) {
        this.messages = messages;
        this.unsubscribes = unsubscribes;
        this.collaborating = collaborating;
    }

    public List<Outcome> check(Sending sending, List<RecipientProfile> recipients) {
        List<UUID> ids = recipients.stream().map(RecipientProfile::creatorId).toList();
        Set<UUID> contacted = ids.isEmpty() ? Set.of() : new HashSet<>(messages.contacted(sending.campaignId(), ids));
        Set<UUID> inCollaboration = collaborating(sending.campaignId(), ids);
        Set<String> unsubscribed = unsubscribes.unsubscribedAmong(sending.organization(),
                recipients.stream().map(RecipientProfile::email).filter(Objects::nonNull).toList());
        Set<String> addresses = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>(recipients.size());
        for (RecipientProfile recipient : recipients) {
            PersonalisedEmail email = sending.content().personalise(
                    MergeFields.of(recipient, sending.campaignName(), sending.senderName()));
            String address = recipient.email() == null ? null : recipient.email().toLowerCase(Locale.ROOT);
            if (address == null) {
                outcomes.add(new Outcome(recipient, RecipientState.INVALID, NO_EMAIL, email));
            } else if (unsubscribed.contains(address)) {
                outcomes.add(new Outcome(recipient, RecipientState.SKIPPED, UNSUBSCRIBED, email));
            } else if (inCollaboration.contains(recipient.creatorId())) {
                outcomes.add(new Outcome(recipient, RecipientState.SKIPPED, IN_COLLABORATION, email));
            } else if (contacted.contains(recipient.creatorId())) {
                outcomes.add(new Outcome(recipient, RecipientState.SKIPPED, CONTACTED, email));
            } else if (!email.complete()) {
                outcomes.add(new Outcome(recipient, RecipientState.INVALID, email.problem(), email));
            } else if (!addresses.add(address)) {
                outcomes.add(new Outcome(recipient, RecipientState.SKIPPED, SAME_ADDRESS, email));
            } else {
                outcomes.add(new Outcome(recipient, RecipientState.RESOLVED, null, email));
            }
        }
        return outcomes;
    }

    private Set<UUID> collaborating(UUID campaign, List<UUID> creators) {
        CollaboratingCreators port = collaborating.getIfAvailable();
        if (port == null || creators.isEmpty()) {
            return Set.of();
        }
        return port.among(new CampaignId(campaign), creators.stream().map(CreatorId::new).toList()).stream()
                .map(CreatorId::value).collect(Collectors.toSet());
    }
}
