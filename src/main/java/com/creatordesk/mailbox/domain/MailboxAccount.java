package com.creatordesk.mailbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An organization's own team mailbox (at most one). The password is held only encrypted; {@link #toString()}
 * is Object's, so no field ever reaches a log.
 */
@Entity
@Table(name = "mailbox_accounts")
public class MailboxAccount {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private String senderName;
    private String senderAddress;
    private String imapHost;
    private int imapPort;
    @Enumerated(EnumType.STRING)
    private Security imapSecurity;
    private String smtpHost;
    private int smtpPort;
    @Enumerated(EnumType.STRING)
    private Security smtpSecurity;
    private String username;
    private String passwordEncrypted;
    private Instant updatedAt;
    private UUID updatedBy;

    protected MailboxAccount() {
    }

    public MailboxAccount(UUID organizationId) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
    }

    /** Takes new settings; a null {@code passwordEncrypted} keeps the saved password. */
    public void update(MailboxSettings settings, String passwordEncrypted, UUID by, Instant now) {
        this.senderName = settings.senderName();
        this.senderAddress = settings.senderAddress();
        this.imapHost = settings.imap().host();
        this.imapPort = settings.imap().port();
        this.imapSecurity = settings.imap().security();
        this.smtpHost = settings.smtp().host();
        this.smtpPort = settings.smtp().port();
        this.smtpSecurity = settings.smtp().security();
        this.username = settings.username();
        if (passwordEncrypted != null) {
            this.passwordEncrypted = passwordEncrypted;
        }
        if (this.passwordEncrypted == null) {
            throw new IllegalStateException("a new mailbox needs a password");
        }
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public MailboxSettings settings() {
        return new MailboxSettings(senderName, senderAddress, new MailServer(imapHost, imapPort, imapSecurity),
                new MailServer(smtpHost, smtpPort, smtpSecurity), username);
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getPasswordEncrypted() {
        return passwordEncrypted;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
