package com.creatordesk.collaborations.domain;

import com.creatordesk.creators.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Content a creator delivered for a collaboration, with the figures known when it was recorded. */
@Entity
@Table(name = "collaboration_content")
public class ContentDelivery {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID collaborationId;
    private String url;
    @Enumerated(EnumType.STRING)
    private Platform platform;
    private String postType;
    private LocalDate postedOn;
    private Long views;
    private Long likes;
    private Long comments;
    private UUID recordedBy;
    private Instant recordedAt;

    protected ContentDelivery() {
    }

    private ContentDelivery(Collaboration collaboration, ContentDetails details, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = collaboration.getOrganizationId();
        this.collaborationId = collaboration.getId();
        this.url = details.url();
        this.platform = details.platform();
        this.postType = details.postType();
        this.postedOn = details.postedOn();
        this.views = details.views();
        this.likes = details.likes();
        this.comments = details.comments();
        this.recordedBy = actor.memberId();
        this.recordedAt = now;
    }

    /** Records delivered content; the history gets a Content delivered entry. */
    public static ContentDelivery record(Collaboration collaboration, ContentDetails details, Actor actor, Instant now) {
        details.requireValid();
        ContentDelivery content = new ContentDelivery(collaboration, details, actor, now);
        collaboration.record(ActivityKind.CONTENT_DELIVERED, actor, now)
                .about(content.platform.label() + " " + content.postType + " posted " + Formats.date(content.postedOn), content.url);
        collaboration.touch(now);
        return content;
    }

    public UUID getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getPostType() {
        return postType;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public Long getViews() {
        return views;
    }

    public Long getLikes() {
        return likes;
    }

    public Long getComments() {
        return comments;
    }
}
