package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One entry of a collaboration's activity history: what happened, who did it and when. Entries are only
 * ever added, by the {@link Collaboration} they belong to; cancelling and restoring both stay in it.
 */
@Entity
@Table(name = "collaboration_activities")
public class Activity {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collaboration_id")
    private Collaboration collaboration;
    /** Insertion order, given by the database: the history's order even within one instant. */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private Instant occurredAt;
    private UUID actorMemberId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private CollaborationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CollaborationStatus toStatus;
    @Enumerated(EnumType.STRING)
    private CancellationReason reason;
    private String reasonNote;
    /** What the entry is about: the term that changed, the amount paid, the content's platform... */
    private String subject;
    private String beforeValue;
    private String afterValue;
    private String body;
    /** The inbox's thread and message this entry came from (the reply that made Inbox sync create it), or null. */
    private UUID emailThreadId;
    private UUID emailMessageId;

    protected Activity() {
    }

    Activity(Collaboration collaboration, ActivityKind kind, Actor actor, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.organizationId = collaboration.getOrganizationId();
        this.collaboration = collaboration;
        this.kind = kind;
        this.actorMemberId = actor.memberId();
        this.actorName = actor.name();
        this.occurredAt = occurredAt;
    }

    Activity status(CollaborationStatus from, CollaborationStatus to, Cancellation cancellation) {
        this.fromStatus = from;
        this.toStatus = to;
        if (cancellation != null) {
            this.reason = cancellation.reason();
            this.reasonNote = cancellation.note();
        }
        return this;
    }

    Activity change(String subject, String before, String after) {
        this.subject = subject;
        this.beforeValue = before;
        this.afterValue = after;
        return this;
    }

    Activity about(String subject, String body) {
        this.subject = subject;
        this.body = body;
        return this;
    }

    Activity email(UUID thread, UUID message) {
        this.emailThreadId = thread;
        this.emailMessageId = message;
        return this;
    }

    public UUID getId() {
        return id;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorMemberId() {
        return actorMemberId;
    }

    public String getActorName() {
        return actorName;
    }

    public CollaborationStatus getFromStatus() {
        return fromStatus;
    }

    public CollaborationStatus getToStatus() {
        return toStatus;
    }

    public CancellationReason getReason() {
        return reason;
    }

    public String getReasonNote() {
        return reasonNote;
    }

    public String getSubject() {
        return subject;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getBody() {
        return body;
    }

    public UUID getEmailThreadId() {
        return emailThreadId;
    }

    public UUID getEmailMessageId() {
        return emailMessageId;
    }

    /** The cancellation this entry recorded, as the history shows it ("Budget cut", or Other's text). */
    public String getReasonText() {
        return reason == null ? null : new Cancellation(reason, reasonNote).describe();
    }
}
