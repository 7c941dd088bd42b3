package com.creatordesk.identity.domain;

import com.creatordesk.identity.Role;
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

/** An invitation to join an organization: valid for {@link #VALIDITY}, usable once. */
@Entity
@Table(name = "invitations")
public class Invitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String email;
    @Enumerated(EnumType.STRING)
    private Role role;
    private UUID invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(UUID organizationId, String email, Role role, UUID invitedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.email = Member.normalize(email);
        this.role = role;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public void accept(Instant now) {
        if (isAccepted()) {
            throw new IllegalStateException("invitation already used");
        }
        this.acceptedAt = now;
    }

    /** Sending an invitation again to the same address renews it instead of stacking a second one. */
    public void renew(Role role, UUID invitedBy, Instant now) {
        this.role = role;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public UUID getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
