package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.collaborations.events.CollaborationCreated;
import com.creatordesk.collaborations.events.CollaborationStatusChanged;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.OrganizationId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A partnership with one creator in one campaign. It keeps its own rules: a new one starts as Pending or
 * Negotiating; any status may move to any other, but cancelling needs a reason and restoring clears it;
 * terms are valid. Every change is written to its activity history and the status changes are announced
 * ({@link CollaborationCreated}, {@link CollaborationStatusChanged}, published when it is saved).
 * Payments, content deliveries, notes and shipments are recorded against it ({@link Payment#record},
 * {@link ContentDelivery#record}, {@link #addNote}, {@link Shipment#add}), each with its history entry.
 */
@Entity
@Table(name = "collaborations")
public class Collaboration extends AbstractAggregateRoot<Collaboration> {

    public static final int MAX_NOTE = 4000;

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID campaignId;
    /**
     * The campaign's name when created, then as renamed (CampaignRenamed): the list shows it without asking campaigns.
     * Never written by an update of the aggregate, which may hold the name from before a rename that committed while
     * it was being changed: only {@link CampaignRenames} changes it.
     */
    @Column(updatable = false)
    private String campaignName;
    private UUID creatorId;
    @Enumerated(EnumType.STRING)
    private CollaborationStatus status;
    @Enumerated(EnumType.STRING)
    private CancellationReason cancellationReason;
    private String cancellationNote;
    @Embedded
    private DealTerms terms;
    private UUID emailThreadId;
    private String emailThreadLabel;
    @Embedded
    private CreatorSnapshot creator;
    private Instant createdAt;
    private Instant updatedAt;
    /** Sort keys the database derives (lifecycle order; cost with "none" first); mapped only so queries can name them. */
    @Column(insertable = false, updatable = false)
    private Short statusRank;
    @Column(insertable = false, updatable = false)
    private java.math.BigDecimal costSort;
    /** Null until first saved, which is also how Spring Data tells a new aggregate (persist, not merge). */
    @Version
    private Long version;
    /** Only ever added to; never loaded by the aggregate itself (the history is read with a query). */
    @OneToMany(mappedBy = "collaboration", cascade = CascadeType.PERSIST)
    private List<Activity> activities = new ArrayList<>();

    protected Collaboration() {
    }

    public Collaboration(OrganizationId organization, CampaignId campaign, String campaignName, CreatorId creatorId,
            CreatorSnapshot creator, CollaborationStatus initialStatus, DealTerms terms, EmailThreadLink thread, Actor actor,
            Instant now) {
        this(organization, campaign, campaignName, creatorId, creator, initialStatus, terms, thread, null, actor, now);
    }

    /** @param sourceMessage the inbox's id of the email in {@code thread} that caused it, linked from the history */
    public Collaboration(OrganizationId organization, CampaignId campaign, String campaignName, CreatorId creatorId,
            CreatorSnapshot creator, CollaborationStatus initialStatus, DealTerms terms, EmailThreadLink thread,
            UUID sourceMessage, Actor actor, Instant now) {
        if (initialStatus != CollaborationStatus.PENDING && initialStatus != CollaborationStatus.NEGOTIATING) {
            throw new CollaborationRuleViolation("status", "A new collaboration starts as Negotiating or Pending.");
        }
        terms.requireValid();
        this.id = UUID.randomUUID();
        this.organizationId = organization.value();
        this.campaignId = campaign.value();
        this.campaignName = campaignName;
        this.creatorId = creatorId.value();
        this.creator = creator;
        this.status = initialStatus;
        this.terms = terms;
        if (thread != null) {
            this.emailThreadId = thread.threadId();
            this.emailThreadLabel = thread.label();
        }
        this.createdAt = now;
        this.updatedAt = now;
        Activity created = record(ActivityKind.CREATED, actor, now).status(null, initialStatus, null);
        if (sourceMessage != null && thread != null) {
            created.email(thread.threadId(), sourceMessage);
        }
        registerEvent(new CollaborationCreated(organization, collaborationId(), campaign, creatorId, initialStatus,
                emailThreadId, actor.memberIdOrNull(), actor.name()));
    }

    /**
     * Moves to another status. Any move is allowed, but not to the status it already has; cancelling
     * needs a {@link Cancellation}, and leaving Cancelled (restoring) clears it.
     */
    public void changeStatus(CollaborationStatus to, Cancellation cancellation, Actor actor, Instant now) {
        if (to == null) {
            throw new CollaborationRuleViolation("status", "Choose a status.");
        }
        if (to == status) {
            throw new CollaborationRuleViolation("status", "Already " + to.label() + ".");
        }
        if (to == CollaborationStatus.CANCELLED && cancellation == null) {
            throw new CollaborationRuleViolation("reason", "Choose why the collaboration is cancelled.");
        }
        CollaborationStatus from = status;
        Cancellation recorded = to == CollaborationStatus.CANCELLED ? cancellation : null;
        status = to;
        cancellationReason = recorded == null ? null : recorded.reason();
        cancellationNote = recorded == null ? null : recorded.note();
        updatedAt = now;
        record(ActivityKind.STATUS_CHANGED, actor, now).status(from, to, recorded);
        registerEvent(new CollaborationStatusChanged(new OrganizationId(organizationId), collaborationId(),
                new CampaignId(campaignId), new CreatorId(creatorId), from, to,
                cancellationReason, actor.memberIdOrNull(), actor.name()));
    }

    /** Cancels with the reason Campaign cancelled unless already Completed or Cancelled; true if it did. */
    public boolean cancelWithCampaign(Instant now) {
        if (!status.isOpen()) {
            return false;
        }
        changeStatus(CollaborationStatus.CANCELLED, Cancellation.of(CancellationReason.CAMPAIGN_CANCELLED), Actor.SYSTEM, now);
        return true;
    }

    /** Replaces the terms; each term that differs goes into the history with its value before and after. */
    public boolean changeTerms(DealTerms changed, Actor actor, Instant now) {
        changed.requireValid();
        List<DealTerms.TermChange> changes = changed.changesSince(terms);
        if (changes.isEmpty()) {
            return false;
        }
        terms = changed;
        updatedAt = now;
        changes.forEach(change -> record(ActivityKind.TERMS_CHANGED, actor, now)
                .change(change.term(), change.before(), change.after()));
        return true;
    }

    /** Links an email thread if none is linked yet; a collaboration keeps the first thread it was linked to. */
    public boolean linkEmailThread(EmailThreadLink thread, Actor actor, Instant now) {
        return linkEmailThread(thread, null, actor, now);
    }

    /**
     * As {@link #linkEmailThread(EmailThreadLink, Actor, Instant)}, for a link a message of the thread made (the
     * inbox's id of a creator's reply, or null): the history entry links to that message, as a Created entry does.
     */
    public boolean linkEmailThread(EmailThreadLink thread, UUID sourceMessage, Actor actor, Instant now) {
        if (thread == null || emailThreadId != null) {
            return false;
        }
        emailThreadId = thread.threadId();
        emailThreadLabel = thread.label();
        updatedAt = now;
        Activity linked = record(ActivityKind.TERMS_CHANGED, actor, now).change("Email thread", Formats.NONE, thread.label());
        if (sourceMessage != null) {
            linked.email(thread.threadId(), sourceMessage);
        }
        return true;
    }

    public void addNote(String text, Actor actor, Instant now) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new CollaborationRuleViolation("note", "Write the note first.");
        }
        if (note.length() > MAX_NOTE) {
            throw new CollaborationRuleViolation("note", "Keep notes under " + MAX_NOTE + " characters.");
        }
        record(ActivityKind.NOTE_ADDED, actor, now).about(null, note);
        touch(now);
    }

    Activity record(ActivityKind kind, Actor actor, Instant now) {
        Activity activity = new Activity(this, kind, actor, now);
        activities.add(activity);
        return activity;
    }

    /** The entries this aggregate added (for tests; loading the whole history is the timeline query's job). */
    List<Activity> addedActivities() {
        return List.copyOf(activities);
    }

    /** The events waiting to be published when this aggregate is saved (for tests). */
    List<Object> registeredEvents() {
        return List.copyOf(domainEvents());
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public CollaborationId collaborationId() {
        return new CollaborationId(id);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public CampaignId getCampaignId() {
        return new CampaignId(campaignId);
    }

    public CreatorId getCreatorId() {
        return new CreatorId(creatorId);
    }

    public CollaborationStatus getStatus() {
        return status;
    }

    /** The active cancellation, while the collaboration is Cancelled. */
    public Optional<Cancellation> getCancellation() {
        return Optional.ofNullable(cancellationReason).map(reason -> new Cancellation(reason, cancellationNote));
    }

    public DealTerms getTerms() {
        return terms;
    }

    public Optional<EmailThreadLink> getEmailThread() {
        return Optional.ofNullable(emailThreadId).map(thread -> new EmailThreadLink(thread, emailThreadLabel));
    }

    public CreatorSnapshot getCreator() {
        return creator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
