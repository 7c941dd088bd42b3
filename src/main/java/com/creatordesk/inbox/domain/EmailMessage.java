package com.creatordesk.inbox.domain;

import com.creatordesk.inbox.domain.mime.MailKind;
import com.creatordesk.inbox.domain.mime.ParsedMail;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One email of a thread, stored once per mailbox (its Message-ID is unique in the organization). */
@Entity
@Table(name = "email_messages")
public class EmailMessage {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID threadId;
    private String messageId;
    private boolean derivedMessageId;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private MailKind kind;
    @Enumerated(EnumType.STRING)
    private MessageSource source;
    private String fromAddress;
    private String fromName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> toAddresses = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> ccAddresses = new ArrayList<>();
    private String replyTo;
    private String subject;
    private Instant sentAt;
    private Instant receivedAt;
    private Instant storedAt;
    private String inReplyTo;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> referenceIds = new ArrayList<>();
    private String headers;
    private String textBody;
    private String htmlBody;
    private boolean remoteContent;
    private String preview;
    private String bouncedMessageId;
    private String diagnostic;
    private String parseProblem;
    private byte[] rawSource;
    @ElementCollection
    @CollectionTable(name = "email_attachments", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> attachments = new ArrayList<>();

    protected EmailMessage() {
    }

    public EmailMessage(ParsedMail mail, UUID threadId, Direction direction, MessageSource source, Instant now) {
        this.id = UUID.randomUUID();
        this.threadId = threadId;
        this.messageId = mail.messageId();
        this.derivedMessageId = mail.derivedMessageId();
        this.direction = direction;
        this.kind = mail.kind();
        this.source = source;
        this.fromAddress = mail.fromAddress();
        this.fromName = mail.fromName();
        this.toAddresses = new ArrayList<>(mail.to());
        this.ccAddresses = new ArrayList<>(mail.cc());
        this.replyTo = mail.replyTo();
        this.subject = mail.subject();
        this.sentAt = mail.sentAt();
        this.receivedAt = mail.receivedAt();
        this.storedAt = now;
        this.inReplyTo = mail.inReplyTo();
        this.referenceIds = new ArrayList<>(mail.references());
        this.headers = mail.headers();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.remoteContent = mail.remoteContent();
        this.preview = mail.preview();
        this.bouncedMessageId = mail.bouncedMessageId();
        this.diagnostic = mail.diagnostic();
        this.parseProblem = mail.problem();
        this.rawSource = mail.raw();
        mail.attachments().forEach(a -> attachments.add(new StoredAttachment(a.fileName(), a.contentType(), a.size())));
    }

    void moveTo(UUID thread) {
        this.threadId = thread;
    }

    public boolean isInbound() {
        return direction == Direction.INBOUND;
    }

    /** Whether a person wrote it (not an auto-reply or a delivery-failure notice). */
    public boolean isConversation() {
        return kind == MailKind.NORMAL;
    }

    /** Whether it answers another email, as opposed to a brand-new one. */
    public boolean isReply() {
        return inReplyTo != null || !referenceIds.isEmpty();
    }

    /** Who to answer: Reply-To when given, else the sender. */
    public String replyAddress() {
        return replyTo != null ? replyTo : fromAddress;
    }

    public UUID getId() { return id; }
    public UUID getThreadId() { return threadId; }
    public String getMessageId() { return messageId; }
    public boolean isDerivedMessageId() { return derivedMessageId; }
    public Direction getDirection() { return direction; }
    public MailKind getKind() { return kind; }
    public MessageSource getSource() { return source; }
    public String getFromAddress() { return fromAddress; }
    public String getFromName() { return fromName; }
    public List<String> getToAddresses() { return List.copyOf(toAddresses); }
    public List<String> getCcAddresses() { return List.copyOf(ccAddresses); }
    public String getReplyTo() { return replyTo; }
    public Instant getStoredAt() { return storedAt; }
    public String getSubject() { return subject; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getInReplyTo() { return inReplyTo; }
    public List<String> getReferenceIds() { return List.copyOf(referenceIds); }
    public String getHeaders() { return headers; }
    public String getTextBody() { return textBody; }
    public String getHtmlBody() { return htmlBody; }
    public boolean isRemoteContent() { return remoteContent; }
    public String getPreview() { return preview; }
    public String getBouncedMessageId() { return bouncedMessageId; }
    public String getDiagnostic() { return diagnostic; }
    public String getParseProblem() { return parseProblem; }
    public byte[] getRawSource() { return rawSource; }
    public List<StoredAttachment> getAttachments() { return List.copyOf(attachments); }
}
