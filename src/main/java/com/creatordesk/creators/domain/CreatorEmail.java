package com.creatordesk.creators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One of a creator's email addresses (lower case). Changed through {@link Creator}. */
@Entity
@Table(name = "creator_emails")
public class CreatorEmail {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id")
    private Creator creator;
    private String address;
    @Column(name = "is_primary")
    private boolean primary;
    private int position;

    protected CreatorEmail() {
    }

    CreatorEmail(Creator creator, String address, boolean primary, int position) {
        this.id = UUID.randomUUID();
        this.creator = creator;
        this.address = address;
        this.primary = primary;
        this.position = position;
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public UUID getId() {
        return id;
    }

    public Creator getCreator() {
        return creator;
    }

    public String getAddress() {
        return address;
    }

    public boolean isPrimary() {
        return primary;
    }

    int getPosition() {
        return position;
    }
}
