package com.creatordesk.outreach.domain;

import com.creatordesk.identity.CurrentMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One template sent to many creators for a campaign. While Preparing, its recipients can be chosen again;
 * Started, its emails are in the outbox and it only reports their progress. It keeps the template's text
 * as it was, so editing the template later changes nothing here.
 */
@Entity
@Table(name = "outreach_bulk_sends")
public class BulkSend {

    public enum State { PREPARING, STARTED }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID campaignId;
    private String campaignName;
    private UUID templateId;
    private String templateName;
    private String subject;
    private String body;
    private String audience;
    @Enumerated(EnumType.STRING)
    private State state;
    private UUID createdBy;
    private String senderName;
    private Instant createdAt;
    private Instant startedAt;

    protected BulkSend() {
    }

    public BulkSend(CurrentMember sender, UUID campaignId, String campaignName, OutreachTemplate template, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = sender.organizationId().value();
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.templateId = template.getId();
        this.templateName = template.getName();
        this.subject = template.getSubject();
        this.body = template.getBody();
        this.state = State.PREPARING;
        this.createdBy = sender.id().value();
        this.senderName = sender.name();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The recipients were (re)chosen; only before sending. */
    public void describeAudience(String description) {
        requirePreparing();
        this.audience = description.length() > 300 ? description.substring(0, 299) + "…" : description;
    }

    public void start(Instant now) {
        requirePreparing();
        state = State.STARTED;
        startedAt = now;
    }

    public void requirePreparing() {
        if (state != State.PREPARING) {
            throw new OutreachRuleViolation(null, "This bulk send has started: its recipients can't change any more.");
        }
    }

    public boolean isStarted() {
        return state == State.STARTED;
    }

    public EmailContent content() {
        return new EmailContent(subject, body);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAudience() {
        return audience;
    }

    public State getState() {
        return state;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public String getSenderName() {
        return senderName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
