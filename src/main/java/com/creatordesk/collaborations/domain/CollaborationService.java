package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.campaigns.CampaignSummary;
import com.creatordesk.campaigns.Campaigns;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.EmailThreads;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating collaborations, moving them through the lifecycle and changing their terms, in the current organization. */
@Service
public class CollaborationService {

    private final BrandCollaborations collaborations;
    private final Campaigns campaigns;
    private final Creators creators;
    private final EmailThreads threads;
    private final ScopedOrganization organization;
    private final TransactionLocks locks;
    private final Clock clock;

    CollaborationService(BrandCollaborations collaborations, Campaigns campaigns, Creators creators, EmailThreads threads,
            ScopedOrganization organization, TransactionLocks locks, Clock clock) {
        this.collaborations = collaborations;
        this.campaigns = campaigns;
        this.creators = creators;
        this.threads = threads;
        this.organization = organization;
        this.locks = locks;
        this.clock = clock;
    }

    /** The collaboration, if it belongs to the current organization; otherwise it does not exist for the caller. */
    @Transactional(readOnly = true)
    public Collaboration get(UUID id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Collaboration> findFor(CampaignId campaign, CreatorId creator) {
        return collaborations.findByCampaignIdAndCreatorId(campaign.value(), creator.value());
    }

    /**
     * The New Collaboration form: the campaign must be one of the organization's active campaigns and the
     * creator in its Creator Pool; a second collaboration for the same creator and campaign is refused.
     */
    @Transactional
    public Collaboration create(NewCollaboration request, Actor actor) {
        takeTurnsWithRenames(request);
        CampaignSummary campaign = campaigns.find(request.campaign()).filter(CampaignSummary::isActive).orElseThrow(
                () -> new CollaborationRuleViolation("campaign", "Choose one of your active campaigns."));
        return linked(createIn(request, campaign, actor), request);
    }

    /**
     * For other modules (the inbox): the existing collaboration of this creator in this campaign, linked to
     * the email thread if it had none, or else a new one. The campaign only has to exist, in any status: the
     * creator's reply is a fact even when the campaign has since been paused.
     */
    @Transactional
    public Collaboration createIfAbsent(NewCollaboration request, Actor actor) {
        Optional<Collaboration> existing = findFor(request.campaign(), request.creator());
        if (existing.isPresent()) {
            Collaboration collaboration = existing.get();
            if (collaboration.linkEmailThread(request.emailThread(), request.sourceMessage(), actor, clock.instant())) {
                collaborations.save(collaboration);
            }
            return linked(collaboration, request);
        }
        takeTurnsWithRenames(request); // only a new collaboration copies names
        CampaignSummary campaign = campaigns.find(request.campaign()).orElseThrow(() -> new NotFoundException("Campaign"));
        return linked(createIn(request, campaign, actor), request);
    }

    /**
     * A new collaboration copies its campaign's name and its creator's name and handles. A rename committed while
     * it is being created would otherwise be missed: read before, and applied by {@link CampaignRenames} or
     * {@link CreatorRenames} before the new row is visible to them. Taking their turn first means either the
     * rename is committed before the copy is read, or its update runs after the new row is committed.
     */
    private void takeTurnsWithRenames(NewCollaboration request) {
        locks.lock(CampaignRenames.lockName(request.campaign()));
        locks.lock(CreatorRenames.lockName(request.creator()));
    }

    /** The inbox learns the link in the same transaction: a collaboration is never saved without it. */
    private Collaboration linked(Collaboration collaboration, NewCollaboration request) {
        if (request.emailThread() != null) {
            threads.linkCollaboration(request.emailThread().threadId(), collaboration.getId());
        }
        return collaboration;
    }

    private Collaboration createIn(NewCollaboration request, CampaignSummary campaign, Actor actor) {
        CreatorSummary creator = creators.find(request.creator()).orElseThrow(
                () -> new CollaborationRuleViolation("creator", "Choose a creator from your Creator Pool."));
        if (findFor(request.campaign(), request.creator()).isPresent()) {
            throw new DuplicateCollaboration();
        }
        Collaboration collaboration = new Collaboration(organization.get(), request.campaign(), campaign.name(), request.creator(),
                CreatorSnapshot.of(creator), request.status(), request.terms(), request.emailThread(), request.sourceMessage(),
                actor, clock.instant());
        try {
            Collaboration saved = collaborations.save(collaboration);
            collaborations.flush();
            return saved;
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("collaborations_campaign_creator_uq")) {
                throw new DuplicateCollaboration();
            }
            throw e;
        }
    }

    @Transactional
    public Collaboration changeStatus(UUID id, CollaborationStatus to, Cancellation cancellation, Actor actor) {
        Collaboration collaboration = find(id);
        collaboration.changeStatus(to, cancellation, actor, clock.instant());
        return collaborations.save(collaboration);
    }

    /** True when some term changed (each change is then in the history); false when the terms are the same. */
    @Transactional
    public boolean changeTerms(UUID id, DealTerms terms, Actor actor) {
        Collaboration collaboration = find(id);
        boolean changed = collaboration.changeTerms(terms, actor, clock.instant());
        collaborations.save(collaboration);
        return changed;
    }

    private Collaboration find(UUID id) {
        return collaborations.findById(id).orElseThrow(() -> new NotFoundException("Collaboration"));
    }
}
