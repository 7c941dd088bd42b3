package com.creatordesk.creators.domain;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Platform;
import com.creatordesk.creators.events.CreatorRenamed;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A creator in the Creator Pool: profile, platform handles (at least one), email addresses (one of them
 * primary), tags, notes and tracking. Every change goes through this class so the figures the list
 * filters and sorts on (total followers, engagement, primary email, search text) always match the handles
 * and emails. Uniqueness of handles and emails in the organization is checked by {@link CreatorPool}. A new
 * name or a change to the handles of a saved creator is announced ({@link CreatorRenamed}, once per save) to the
 * modules that keep a copy of them.
 */
@Entity
@Table(name = "creators")
public class Creator extends AbstractAggregateRoot<Creator> {

    public static final int MAX_NAME = 120;

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String displayName;
    private boolean nameFromHandle;
    private String country;
    private String language;
    private String avatarUrl;
    private String bio;
    private String notes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> tags = new ArrayList<>();
    private Instant trackedSince;
    private String trackingReason;
    @OneToMany(mappedBy = "creator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CreatorHandle> handles = new ArrayList<>();
    @OneToMany(mappedBy = "creator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CreatorEmail> emails = new ArrayList<>();
    private String primaryEmail;
    private Long followers;
    private BigDecimal engagementRate;
    private String searchText;
    private Instant createdAt;
    private Instant updatedAt;
    /** Null until first saved, so saving a new creator inserts it rather than merging (no look-up first). */
    @Version
    private Long version;

    protected Creator() {
    }

    /** A creator known so far only by a handle: the handle stands in as the name until enrichment finds one. */
    public static Creator fromHandle(HandleDetails handle, Instant now) {
        Creator creator = new Creator(handle.handle(), now);
        creator.nameFromHandle = true;
        creator.addHandle(handle);
        return creator;
    }

    public Creator(String displayName, Instant now) {
        this.id = UUID.randomUUID();
        this.displayName = displayName.strip();
        this.createdAt = now;
        this.updatedAt = now;
        refresh();
    }

    public void updateProfile(Profile profile, Instant now) {
        if (!profile.displayName().equals(displayName)) {
            nameFromHandle = false;
            renamed();
        }
        this.displayName = profile.displayName();
        this.country = blankToNull(profile.country());
        this.language = blankToNull(profile.language());
        this.avatarUrl = blankToNull(profile.avatarUrl());
        this.bio = blankToNull(profile.bio());
        touched(now);
    }

    public CreatorHandle addHandle(HandleDetails details) {
        int position = handles.stream().mapToInt(CreatorHandle::getPosition).max().orElse(-1) + 1;
        CreatorHandle handle = new CreatorHandle(this, details, position);
        handles.add(handle);
        renamed();
        refresh();
        return handle;
    }

    public void changeHandle(UUID handleId, HandleDetails details) {
        CreatorHandle handle = handle(handleId);
        if (!handle.getHandle().equals(details.handle())) {
            renamed();
        }
        handle.change(details);
        refresh();
    }

    public void removeHandle(UUID handleId) {
        CreatorHandle handle = handle(handleId);
        if (handles.size() == 1) {
            throw new CreatorRuleViolation("A creator needs at least one platform handle. Add another before removing this one.");
        }
        handles.remove(handle);
        renamed();
        refresh();
    }

    public CreatorEmail addEmail(String address, boolean primary) {
        int position = emails.stream().mapToInt(CreatorEmail::getPosition).max().orElse(-1) + 1;
        CreatorEmail email = new CreatorEmail(this, address, emails.isEmpty(), position);
        emails.add(email);
        if (primary) {
            makePrimary(email.getId());
        }
        refresh();
        return email;
    }

    public void makePrimary(UUID emailId) {
        CreatorEmail chosen = email(emailId);
        emails.forEach(email -> email.setPrimary(email == chosen));
        refresh();
    }

    public void removeEmail(UUID emailId) {
        CreatorEmail email = email(emailId);
        emails.remove(email);
        if (email.isPrimary() && !emails.isEmpty()) {
            emails.get(0).setPrimary(true);
        }
        refresh();
    }

    public void replaceTags(List<String> newTags, Instant now) {
        this.tags = new ArrayList<>(Tags.clean(newTags));
        touched(now);
    }

    /** True when the tag was not there yet. */
    public boolean addTag(String tag, Instant now) {
        List<String> merged = Tags.clean(concat(tags, tag));
        if (merged.size() == tags.size()) {
            return false;
        }
        replaceTags(merged, now);
        return true;
    }

    /** True when the tag was there (compared ignoring case). */
    public boolean removeTag(String tag, Instant now) {
        List<String> kept = tags.stream().filter(existing -> !existing.equalsIgnoreCase(tag.strip())).toList();
        if (kept.size() == tags.size()) {
            return false;
        }
        replaceTags(kept, now);
        return true;
    }

    public void changeNotes(String notes, Instant now) {
        this.notes = blankToNull(notes);
        touched(now);
    }

    /** Idempotent: a creator already tracked keeps the date and reason they were first tracked with. */
    public boolean startTracking(String reason, Instant now) {
        if (isTracked()) {
            return false;
        }
        this.trackedSince = now;
        this.trackingReason = blankToNull(reason);
        touched(now);
        return true;
    }

    public void stopTracking(Instant now) {
        this.trackedSince = null;
        this.trackingReason = null;
        touched(now);
    }

    /** Fills only what nobody has entered yet: a name that is just the handle, avatar, bio, followers. */
    public void enrich(ProfileSnapshot snapshot, Platform platform, String handle, Instant now) {
        if (nameFromHandle && snapshot.displayName() != null) {
            if (!snapshot.displayName().equals(displayName)) {
                renamed();
            }
            this.displayName = snapshot.displayName();
            this.nameFromHandle = false;
        }
        if (avatarUrl == null) {
            this.avatarUrl = snapshot.avatarUrl();
        }
        if (bio == null) {
            this.bio = snapshot.bio();
        }
        handles.stream().filter(candidate -> candidate.is(platform, handle)).findFirst()
                .ifPresent(found -> found.fillFollowers(snapshot.followers()));
        touched(now);
    }

    public CreatorSummary summary() {
        return new CreatorSummary(new CreatorId(id), displayName, primaryEmail, avatarUrl,
                handles.stream().map(CreatorHandle::summary).toList(), isTracked());
    }

    /** Announces, once per save, that the name or handles of a creator already saved changed (a new one has no copies yet). */
    private void renamed() {
        if (version != null && domainEvents().stream().noneMatch(CreatorRenamed.class::isInstance)) {
            registerEvent(new CreatorRenamed(new OrganizationId(organizationId), new CreatorId(id)));
        }
    }

    private void touched(Instant now) {
        this.updatedAt = now;
        refresh();
    }

    private void refresh() {
        CreatorFigures figures = CreatorFigures.of(displayName, handles, emails);
        this.primaryEmail = figures.primaryEmail();
        this.followers = figures.followers();
        this.engagementRate = figures.engagementRate();
        this.searchText = figures.searchText();
    }

    private CreatorHandle handle(UUID handleId) {
        return handles.stream().filter(handle -> handle.getId().equals(handleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Handle"));
    }

    private CreatorEmail email(UUID emailId) {
        return emails.stream().filter(email -> email.getId().equals(emailId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Email address"));
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isTracked() {
        return trackedSince != null;
    }

    public Optional<CreatorHandle> findHandle(Platform platform, String handle) {
        return handles.stream().filter(candidate -> candidate.is(platform, handle)).findFirst();
    }

    public boolean hasEmail(String address) {
        return emails.stream().anyMatch(email -> email.getAddress().equalsIgnoreCase(address));
    }

    public UUID getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isNameFromHandle() {
        return nameFromHandle;
    }

    public String getCountry() {
        return country;
    }

    public String getLanguage() {
        return language;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getBio() {
        return bio;
    }

    public String getNotes() {
        return notes;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public Instant getTrackedSince() {
        return trackedSince;
    }

    public String getTrackingReason() {
        return trackingReason;
    }

    public List<CreatorHandle> getHandles() {
        return List.copyOf(handles);
    }

    public List<CreatorEmail> getEmails() {
        return List.copyOf(emails);
    }

    public String getPrimaryEmail() {
        return primaryEmail;
    }

    public Long getFollowers() {
        return followers;
    }

    public BigDecimal getEngagementRate() {
        return engagementRate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
