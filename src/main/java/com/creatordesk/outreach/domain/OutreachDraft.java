package com.creatordesk.outreach.domain;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An email to one creator for a campaign, written from a template or from scratch, editable until it is
 * sent; then it points at its outbox message and can't change.
 */
@Entity
@Table(name = "outreach_drafts")
public class OutreachDraft {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID creatorId;
    private UUID campaignId;
    private UUID templateId;
    private String subject;
    private String body;
    private UUID outreachMessageId;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected OutreachDraft() {
    }

    public OutreachDraft(OrganizationId organization, UUID creatorId, UUID campaignId, OutreachTemplate template,
            MemberId createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organization.value();
        this.creatorId = creatorId;
        this.campaignId = campaignId;
        this.templateId = template == null ? null : template.getId();
        this.subject = template == null ? "" : template.getSubject();
        this.body = template == null ? "" : template.getBody();
        this.createdBy = createdBy.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = now;
    }

    /** A draft may be saved unfinished, but not with a variable that doesn't exist. */
    public void edit(UUID campaign, EmailContent content, Instant now) {
        requireUnsent();
        content.problems(false).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new OutreachRuleViolation(problem.getKey(), problem.getValue());
        });
        this.campaignId = campaign;
        this.subject = content.subject();
        this.body = content.body();
        this.updatedAt = now;
    }

    public void sent(UUID messageId, Instant now) {
        requireUnsent();
        this.outreachMessageId = messageId;
        this.updatedAt = now;
    }

    public void requireUnsent() {
        if (isSent()) {
            throw new OutreachRuleViolation(null, "This draft was sent: it can't change any more.");
        }
    }

    public boolean isSent() {
        return outreachMessageId != null;
    }

    public EmailContent content() {
        return new EmailContent(subject, body);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCreatorId() {
        return creatorId;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public UUID getOutreachMessageId() {
        return outreachMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
