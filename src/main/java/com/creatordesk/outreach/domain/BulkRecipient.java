package com.creatordesk.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.springframework.data.domain.Persistable;

/** One creator of a bulk send's audience and what the preflight decided; once queued, its outbox message. */
@Entity
@Table(name = "outreach_bulk_recipients")
public class BulkRecipient implements Persistable<UUID> {

    @Id
    private UUID id;
    /** Ids are assigned here, so without this every save of a new one would first look it up (a SELECT per row). */
    @Transient
    private boolean unsaved = true;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID bulkSendId;
    private int position;
    private UUID creatorId;
    private String displayName;
    private String address;
    @Enumerated(EnumType.STRING)
    private RecipientState state;
    private String reason;
    private UUID outreachMessageId;

    protected BulkRecipient() {
    }

    BulkRecipient(UUID organizationId, UUID bulkSendId, int position, Preflight.Outcome outcome) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.bulkSendId = bulkSendId;
        this.position = position;
        this.creatorId = outcome.recipient().creatorId();
        decide(outcome);
    }

    /** Takes the preflight's newest verdict (it is checked again right before sending). */
    void decide(Preflight.Outcome outcome) {
        this.displayName = shorten(outcome.recipient().displayName(), 120);
        this.address = outcome.recipient().email();
        this.state = outcome.state();
        this.reason = outcome.reason() == null ? null : shorten(outcome.reason(), 300);
    }

    /** The creator was deleted from the Creator Pool since the preflight. */
    void gone(String why) {
        this.state = RecipientState.INVALID;
        this.reason = why;
    }

    void queued(UUID messageId) {
        this.outreachMessageId = messageId;
    }

    private static String shorten(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
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

    public int getPosition() {
        return position;
    }

    public UUID getCreatorId() {
        return creatorId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAddress() {
        return address;
    }

    public RecipientState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public UUID getOutreachMessageId() {
        return outreachMessageId;
    }
}
