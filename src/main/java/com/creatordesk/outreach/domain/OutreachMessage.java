package com.creatordesk.outreach.domain;

import com.creatordesk.mailbox.SendResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.springframework.data.domain.Persistable;

/**
 * One outreach email in the outbox, recorded with its Message-ID before it is sent. It moves Queued →
 * Sending (claimed by a worker) → Sent, back to Queued after a temporary failure (with backoff), or to
 * Failed; a bounce notice marks a sent one Bounced. Sending → Sent happens a whole batch at once, set-based
 * ({@link OutboxClaims#markSent}), and is announced with the batch.
 */
@Entity
@Table(name = "outreach_messages")
public class OutreachMessage implements Persistable<UUID> {

    @Id
    private UUID id;
    /** Ids are assigned here, so without this every save of a new one would first look it up (a SELECT per row). */
    @Transient
    private boolean unsaved = true;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID campaignId;
    private UUID creatorId;
    private UUID bulkSendId;
    private UUID draftId;
    private String recipientName;
    private String address;
    private String subject;
    private String body;
    private String unsubscribeUrl;
    private String messageId;
    @Enumerated(EnumType.STRING)
    private MessageStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private UUID claimedBy;
    private Instant claimedAt;
    private Instant sentAt;
    private Integer replyCode;
    private String problem;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected OutreachMessage() {
    }

    OutreachMessage(OutgoingOutreach outgoing, Instant now) {
        this.id = outgoing.id();
        this.organizationId = outgoing.organization().value();
        this.campaignId = outgoing.campaignId();
        this.creatorId = outgoing.creatorId();
        this.bulkSendId = outgoing.bulkSendId();
        this.draftId = outgoing.draftId();
        this.recipientName = outgoing.recipientName();
        this.address = outgoing.address();
        this.subject = outgoing.subject();
        this.body = outgoing.body();
        this.unsubscribeUrl = outgoing.unsubscribeUrl();
        this.messageId = outgoing.messageId();
        this.createdBy = outgoing.createdBy().value();
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = now;
        // as PostgreSQL keeps it, so a page cursor taken from this object matches the stored row
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = now;
    }

    /**
     * The record of an email sent before this application knew of it (demo data): Sent, without announcing
     * it, since nothing leaves now.
     */
    static OutreachMessage sentBefore(OutgoingOutreach outgoing, Instant sentAt) {
        OutreachMessage message = new OutreachMessage(outgoing, sentAt);
        message.status = MessageStatus.SENT;
        message.attempts = 1;
        message.sentAt = sentAt;
        return message;
    }

    /** The record of an email that failed before this application knew of it (demo data): the server's answer kept. */
    static OutreachMessage failedBefore(OutgoingOutreach outgoing, Instant at, SendResult refusal) {
        OutreachMessage message = new OutreachMessage(outgoing, at);
        message.status = MessageStatus.SENDING;
        message.attempts = 1;
        message.refused(refusal, at);
        return message;
    }

    /**
     * The SMTP server did not take this claimed message: it is retried later after a temporary failure (with
     * backoff), else Failed. A message no longer Sending ignores it. (Messages the server took become Sent a
     * whole batch at once, see {@link OutboxClaims#markSent}.)
     */
    public void refused(SendResult refusal, Instant now) {
        if (refusal.isSent()) {
            throw new IllegalArgumentException("the server took " + refusal.messageId());
        }
        if (status != MessageStatus.SENDING) {
            return;
        }
        if (refusal.status() == SendResult.Status.PERMANENT_FAILURE) {
            fail(refusal, now);
            return;
        }
        Backoff.after(attempts).ifPresentOrElse(wait -> {
            status = MessageStatus.QUEUED;
            nextAttemptAt = now.plus(wait);
            note(refusal);
            updatedAt = now;
        }, () -> fail(refusal, now));
    }

    /** A Sending message whose fate is unknown and that is not in the Sent folder: it goes out again. */
    public void requeue(Instant now) {
        if (status == MessageStatus.SENDING) {
            status = MessageStatus.QUEUED;
            nextAttemptAt = now;
            updatedAt = now;
        }
    }

    /** A delivery-failure notice came back; a second notice changes nothing. */
    public void bounce(String diagnostic, Instant now) {
        if (status == MessageStatus.BOUNCED) {
            return;
        }
        status = MessageStatus.BOUNCED;
        problem = diagnostic == null || diagnostic.isBlank() ? "The email bounced." : shorten(diagnostic);
        updatedAt = now;
    }

    /** Not sent, and never will be: the address unsubscribed after it was queued. */
    public void skip(String reason, Instant now) {
        if (!status.isFinished()) {
            status = MessageStatus.SKIPPED;
            problem = reason;
            updatedAt = now;
        }
    }

    private void fail(SendResult result, Instant now) {
        status = MessageStatus.FAILED;
        note(result);
        updatedAt = now;
    }

    private void note(SendResult result) {
        replyCode = result.replyCode() == 0 ? null : result.replyCode();
        problem = result.detail() == null ? "The server gave no reason." : shorten(result.detail());
    }

    private static String shorten(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    /** True while the message waits for a retry after a temporary failure. */
    public boolean isRetrying() {
        return status == MessageStatus.QUEUED && problem != null;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostLoad
    @PostPersist
    void saved() {
        unsaved = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public UUID getCreatorId() {
        return creatorId;
    }

    public UUID getBulkSendId() {
        return bulkSendId;
    }


    public String getRecipientName() {
        return recipientName;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }


    public String getMessageId() {
        return messageId;
    }

    public MessageStatus getStatus() {
        return status;
    }


    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }


    public String getProblem() {
        return problem;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
