package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The enrichment job of one creator: which handle's public page to read, and how it went. */
@Entity
@Table(name = "creator_enrichments")
public class Enrichment {

    static final int MAX_ERROR = 500;

    @Id
    private UUID creatorId;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private Platform platform;
    private String handle;
    @Enumerated(EnumType.STRING)
    private EnrichmentStatus status;
    private String error;
    private int attempts;
    private Instant requestedAt;
    private Instant startedAt;
    private Instant finishedAt;

    protected Enrichment() {
    }

    Enrichment(UUID creatorId, Platform platform, String handle, Instant now) {
        this.creatorId = creatorId;
        this.platform = platform;
        this.handle = handle;
        this.status = EnrichmentStatus.PENDING;
        this.requestedAt = now;
    }

    /** Asks again (Retry): only a finished job can be asked again; an open one is already on its way. */
    boolean requestAgain(Instant now) {
        if (status.isOpen()) {
            return false;
        }
        this.status = EnrichmentStatus.PENDING;
        this.error = null;
        this.requestedAt = now;
        this.startedAt = null;
        this.finishedAt = null;
        return true;
    }

    /** Claims the job for a run: a pending one, or one whose run stopped answering ({@code stuckAfter}). */
    boolean start(Instant now, Duration stuckAfter) {
        boolean claimable = status == EnrichmentStatus.PENDING
                || status == EnrichmentStatus.RUNNING && startedAt != null && startedAt.isBefore(now.minus(stuckAfter));
        if (!claimable) {
            return false;
        }
        this.status = EnrichmentStatus.RUNNING;
        this.startedAt = now;
        this.attempts++;
        return true;
    }

    void succeed(Instant now) {
        this.status = EnrichmentStatus.DONE;
        this.error = null;
        this.finishedAt = now;
    }

    void fail(String message, Instant now) {
        this.status = EnrichmentStatus.FAILED;
        this.error = message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
        this.finishedAt = now;
    }

    public UUID getCreatorId() {
        return creatorId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public EnrichmentStatus getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public int getAttempts() {
        return attempts;
    }
}
