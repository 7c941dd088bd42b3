package com.creatordesk.inbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * An email conversation. It keeps what the Inbox list shows (subject, who, newest message, preview, whether
 * a creator waits for an answer) up to date as messages are recorded, and what it is tied to: the outreach
 * it answers (campaign, creator) and the collaboration it is linked to.
 */
@Entity
@Table(name = "email_threads")
public class EmailThread {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*((re|fw|fwd|aw|wg|sv|vs|antw)\\s*(\\[\\d+])?\\s*:\\s*)+");
    private static final int MAX_PARTICIPANTS = 50;
    private static final int MAX_SEARCH_TEXT = 20_000;

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String subject;
    private String counterpartAddress;
    private String counterpartName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(320)[]")
    private List<String> participants = new ArrayList<>();
    private int messageCount;
    private Instant lastMessageAt;
    private Instant lastConversationAt;
    private String preview = "";
    private boolean needsAttention;
    private String outreachMessageId;
    private UUID campaignId;
    private UUID creatorId;
    private UUID collaborationId;
    private UUID mergedInto;
    private String searchText = "";
    private Instant createdAt;
    @Version
    private long version;

    protected EmailThread() {
    }

    public EmailThread(String subject, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = topic(subject);
        this.lastMessageAt = now;
        this.createdAt = now;
    }

    /** The subject without Re:/Fwd: prefixes, so a thread reads the same whichever message came first. */
    static String topic(String subject) {
        String topic = REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("").strip();
        return topic.length() > 1000 ? topic.substring(0, 1000) : topic;
    }

    /** Takes in a new message; {@code outside} are its addresses that are not the team's. */
    void record(EmailMessage message, List<String> outside, String outsideName) {
        if (messageCount == 0 || message.getReceivedAt().isAfter(lastMessageAt)) {
            lastMessageAt = message.getReceivedAt();
        }
        messageCount++;
        if (subject.isEmpty()) {
            subject = topic(message.getSubject());
        }
        Set<String> all = new LinkedHashSet<>(participants);
        all.addAll(outside);
        participants = new ArrayList<>(all.stream().limit(MAX_PARTICIPANTS).toList());
        if (counterpartAddress == null && !outside.isEmpty()) {
            counterpartAddress = outside.get(0);
            counterpartName = outsideName;
        }
        if (message.isConversation() && (lastConversationAt == null || isNewer(message))) {
            lastConversationAt = message.getReceivedAt();
            preview = message.getPreview();
            needsAttention = message.isInbound();
        }
        addSearchText(message.getSubject() + " " + String.join(" ", outside) + " " + nullToEmpty(message.getFromName())
                + " " + message.getPreview());
    }

    /**
     * Server times have whole seconds, and INBOX and Sent are synced one after the other: at the same second
     * the outside message counts as the newer one, so a creator's message is never hidden as answered.
     */
    private boolean isNewer(EmailMessage message) {
        return message.getReceivedAt().isAfter(lastConversationAt)
                || (message.getReceivedAt().equals(lastConversationAt) && message.isInbound());
    }

    /** Another thread turned out to be part of this one: take over what it knew, and point it here. */
    void absorb(EmailThread other) {
        messageCount += other.messageCount;
        if (other.lastMessageAt.isAfter(lastMessageAt)) {
            lastMessageAt = other.lastMessageAt;
        }
        if (other.lastConversationAt != null && (lastConversationAt == null || other.lastConversationAt.isAfter(lastConversationAt))) {
            lastConversationAt = other.lastConversationAt;
            preview = other.preview;
            needsAttention = other.needsAttention;
        }
        Set<String> all = new LinkedHashSet<>(participants);
        all.addAll(other.participants);
        participants = new ArrayList<>(all.stream().limit(MAX_PARTICIPANTS).toList());
        if (counterpartAddress == null) {
            counterpartAddress = other.counterpartAddress;
            counterpartName = other.counterpartName;
        }
        if (outreachMessageId == null && other.outreachMessageId != null) {
            linkOutreach(other.outreachMessageId, other.campaignId, other.creatorId);
        }
        if (collaborationId == null) {
            collaborationId = other.collaborationId;
        }
        if (other.createdAt.isBefore(createdAt)) {
            createdAt = other.createdAt;
            subject = other.subject.isEmpty() ? subject : other.subject;
        }
        addSearchText(other.searchText);
        other.mergedInto = id;
    }

    /** The thread holds one of our outreach emails: it belongs to that campaign and creator. Keeps the first. */
    void linkOutreach(String outreachMessageId, UUID campaignId, UUID creatorId) {
        if (this.outreachMessageId == null) {
            this.outreachMessageId = outreachMessageId;
            this.campaignId = campaignId;
            this.creatorId = creatorId;
        }
    }

    public void linkCollaboration(UUID collaboration) {
        this.collaborationId = collaboration;
    }

    public boolean answersOutreach() {
        return outreachMessageId != null;
    }

    private void addSearchText(String text) {
        if (searchText.length() < MAX_SEARCH_TEXT) {
            String more = (searchText + " " + text.toLowerCase(java.util.Locale.ROOT)).strip();
            searchText = more.length() > MAX_SEARCH_TEXT ? more.substring(0, MAX_SEARCH_TEXT) : more;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public UUID getId() { return id; }
    public String getSubject() { return subject; }
    public String getCounterpartAddress() { return counterpartAddress; }
    public String getCounterpartName() { return counterpartName; }
    public List<String> getParticipants() { return List.copyOf(participants); }
    public int getMessageCount() { return messageCount; }
    public Instant getLastMessageAt() { return lastMessageAt; }
    public String getPreview() { return preview; }
    public boolean isNeedsAttention() { return needsAttention; }
    public String getOutreachMessageId() { return outreachMessageId; }
    public UUID getCampaignId() { return campaignId; }
    public UUID getCreatorId() { return creatorId; }
    public UUID getCollaborationId() { return collaborationId; }
    public UUID getMergedInto() { return mergedInto; }
    public Instant getCreatedAt() { return createdAt; }
}
