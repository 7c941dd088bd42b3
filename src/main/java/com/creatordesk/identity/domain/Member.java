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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A team member of one organization; their email address is their sign-in name. */
@Entity
@Table(name = "members")
public class Member {

    /** Failed sign-ins after which each further attempt must wait a growing delay. */
    static final int SLOW_DOWN_AFTER = 3;
    /** Failed sign-ins after which the account is locked for {@link #LOCK_DURATION}. */
    static final int LOCK_AFTER = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String name;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private int failedSignIns;
    private Instant lastFailedSignIn;
    private Instant lockedUntil;
    private Instant createdAt;

    protected Member() {
    }

    public Member(UUID organizationId, String name, String email, String passwordHash, Role role, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.name = name.strip();
        this.email = normalize(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Why a sign-in attempt must be refused before the password is even checked, if it must. */
    public Optional<String> signInRefusal(Instant now) {
        if (isLocked(now)) {
            long minutes = Math.max(1, Duration.between(now, lockedUntil).toSeconds() / 60 + 1);
            return Optional.of("This account is temporarily locked after too many failed sign-ins. "
                    + "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        }
        Duration delay = requiredDelay();
        if (lastFailedSignIn != null && now.isBefore(lastFailedSignIn.plus(delay))) {
            long seconds = Duration.between(now, lastFailedSignIn.plus(delay)).toSeconds() + 1;
            return Optional.of("Too many failed sign-ins. Wait " + seconds + " seconds before trying again.");
        }
        return Optional.empty();
    }

    public void signInFailed(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedSignIns = 0;
            lockedUntil = null;
        }
        failedSignIns++;
        lastFailedSignIn = now;
        if (failedSignIns >= LOCK_AFTER) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    public void signInSucceeded() {
        failedSignIns = 0;
        lastFailedSignIn = null;
        lockedUntil = null;
    }

    Duration requiredDelay() {
        if (failedSignIns < SLOW_DOWN_AFTER) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(5L << Math.min(failedSignIns - SLOW_DOWN_AFTER, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }
}
