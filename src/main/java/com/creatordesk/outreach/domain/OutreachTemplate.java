package com.creatordesk.outreach.domain;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A reusable outreach email of one organization, with variables filled in per creator when it is used. */
@Entity
@Table(name = "outreach_templates")
public class OutreachTemplate {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String name;
    private String subject;
    private String body;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected OutreachTemplate() {
    }

    public OutreachTemplate(OrganizationId organization, TemplateDetails details, MemberId createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organization.value();
        this.createdBy = createdBy.value();
        this.createdAt = now;
        edit(details, now);
    }

    public void edit(TemplateDetails details, Instant now) {
        details.requireValid();
        this.name = details.name();
        this.subject = details.content().subject();
        this.body = details.content().body();
        this.updatedAt = now;
    }

    public TemplateDetails details() {
        return new TemplateDetails(name, content());
    }

    public EmailContent content() {
        return new EmailContent(subject, body);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
