package com.creatordesk.creators.domain;

import com.creatordesk.creators.HandleSummary;
import com.creatordesk.creators.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A creator's handle on one platform, with the audience figures known for it. Changed through {@link Creator}. */
@Entity
@Table(name = "creator_handles")
public class CreatorHandle {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id")
    private Creator creator;
    @Enumerated(EnumType.STRING)
    private Platform platform;
    private String handle;
    private String profileUrl;
    private Long followers;
    private BigDecimal engagementRate;
    private int position;

    protected CreatorHandle() {
    }

    CreatorHandle(Creator creator, HandleDetails details, int position) {
        this.id = UUID.randomUUID();
        this.creator = creator;
        this.platform = details.platform();
        this.position = position;
        change(details);
    }

    void change(HandleDetails details) {
        this.handle = details.handle();
        this.profileUrl = details.profileUrl();
        this.followers = details.followers();
        this.engagementRate = details.engagementRate();
    }

    /** Fills what is still unknown, never overwriting what someone entered. */
    boolean fillFollowers(Long known) {
        if (followers == null && known != null) {
            followers = known;
            return true;
        }
        return false;
    }

    boolean is(Platform platform, String handle) {
        return this.platform == platform && this.handle.equalsIgnoreCase(handle);
    }

    public HandleSummary summary() {
        return new HandleSummary(platform, handle, profileUrl, followers);
    }

    public UUID getId() {
        return id;
    }

    public Creator getCreator() {
        return creator;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public Long getFollowers() {
        return followers;
    }

    public BigDecimal getEngagementRate() {
        return engagementRate;
    }

    int getPosition() {
        return position;
    }
}
