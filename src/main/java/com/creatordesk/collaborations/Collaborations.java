package com.creatordesk.collaborations;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.BrandCollaborations;
import com.creatordesk.collaborations.domain.Collaboration;
import com.creatordesk.collaborations.domain.CollaborationService;
import com.creatordesk.collaborations.domain.DealTerms;
import com.creatordesk.collaborations.domain.DuplicateCollaboration;
import com.creatordesk.collaborations.domain.NewCollaboration;
import com.creatordesk.creators.CreatorId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collaborations module's facade. Every answer is scoped to the current organization (the signed-in
 * member's, or the one a listener or job runs as): another organization's collaboration is not found.
 *
 * <p>The inbox's auto-creation reaches this module as an inbox event (collaborations depends on inbox, not
 * the reverse); the listener for it ({@code OutreachReplies}) calls {@link #createIfAbsent} with the actor "Inbox sync",
 * the thread and the reply.
 */
@Service
public class Collaborations {

    private final CollaborationService service;
    private final BrandCollaborations collaborations;
    private final TransactionTemplate newTransaction;

    Collaborations(CollaborationService service, BrandCollaborations collaborations, PlatformTransactionManager transactions) {
        this.service = service;
        this.collaborations = collaborations;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    public Optional<CollaborationSummary> find(CollaborationId id) {
        return collaborations.findById(id.value()).map(Collaborations::summary);
    }

    /** The collaboration of this creator in this campaign (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<CollaborationSummary> findFor(CampaignId campaign, CreatorId creator) {
        return service.findFor(campaign, creator).map(Collaborations::summary);
    }

    /** The creator's collaborations in every campaign, newest first. */
    @Transactional(readOnly = true)
    public List<CollaborationSummary> ofCreator(CreatorId creator) {
        return collaborations.findByCreatorIdOrderByCreatedAtDesc(creator.value()).stream().map(Collaborations::summary).toList();
    }

    /**
     * Creates the collaboration of {@code creator} in {@code campaign} unless one exists, and returns it
     * either way; idempotent, also when two callers race (the unique key decides, the loser gets the
     * winner's). A new one starts in {@code initialStatus} (Negotiating or Pending) with default terms, its
     * history names {@code actor} (such as "Inbox sync"), and it is linked to {@code emailThread} when given;
     * an existing one without a thread is linked to it.
     *
     * <p>Runs in a transaction of its own, so a caller's transaction is never left rollback-only by a race.
     *
     * @throws com.creatordesk.shared.NotFoundException when the campaign is not in the organization
     * @throws IllegalArgumentException when the creator is not in the organization's Creator Pool, or the
     *     initial status is not Negotiating or Pending
     */
    public CollaborationSummary createIfAbsent(CampaignId campaign, CreatorId creator, CollaborationStatus initialStatus,
            String actor, EmailThreadLink emailThread) {
        return createIfAbsent(campaign, creator, initialStatus, actor, emailThread, null);
    }

    /**
     * As {@link #createIfAbsent(CampaignId, CreatorId, CollaborationStatus, String, EmailThreadLink)}; a new
     * collaboration's history also links {@code sourceMessage}, the inbox's id of the email in the thread that
     * caused it (the creator's reply).
     */
    public CollaborationSummary createIfAbsent(CampaignId campaign, CreatorId creator, CollaborationStatus initialStatus,
            String actor, EmailThreadLink emailThread, UUID sourceMessage) {
        NewCollaboration request = new NewCollaboration(campaign, creator, initialStatus, DealTerms.initial(), emailThread,
                sourceMessage);
        try {
            return newTransaction.execute(status -> summary(service.createIfAbsent(request, Actor.process(actor))));
        } catch (DuplicateCollaboration raced) {
            return newTransaction.execute(status -> findFor(campaign, creator)).orElseThrow(() -> raced);
        } catch (com.creatordesk.collaborations.domain.CollaborationRuleViolation refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    private static CollaborationSummary summary(Collaboration collaboration) {
        DealTerms terms = collaboration.getTerms();
        return new CollaborationSummary(collaboration.collaborationId(), collaboration.getCampaignId(),
                collaboration.getCreatorId(), collaboration.getCreator().name(), collaboration.getStatus(),
                collaboration.getCancellation().map(cancellation -> cancellation.reason()).orElse(null),
                terms.cost().orElse(null), terms.postCount(), terms.tags(),
                collaboration.getEmailThread().orElse(null), collaboration.getCreatedAt());
    }
}
