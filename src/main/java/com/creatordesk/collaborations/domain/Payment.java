package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A payment recorded against a collaboration. */
@Entity
@Table(name = "collaboration_payments")
public class Payment {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID collaborationId;
    private BigDecimal amount;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;
    private LocalDate paidOn;
    private String method;
    private String note;
    private UUID recordedBy;
    private Instant recordedAt;

    protected Payment() {
    }

    private Payment(Collaboration collaboration, PaymentDetails details, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = collaboration.getOrganizationId();
        this.collaborationId = collaboration.getId();
        this.amount = details.amount();
        this.currency = details.currency();
        this.paidOn = details.paidOn();
        this.method = details.method();
        this.note = details.note();
        this.recordedBy = actor.memberId();
        this.recordedAt = now;
    }

    /** Records a payment made; the history gets a Payment made entry. */
    public static Payment record(Collaboration collaboration, PaymentDetails details, Actor actor, Instant now) {
        details.requireValid();
        Payment payment = new Payment(collaboration, details, actor, now);
        String body = payment.method + " on " + Formats.date(payment.paidOn) + (payment.note == null ? "" : " · " + payment.note);
        collaboration.record(ActivityKind.PAYMENT_MADE, actor, now).about(payment.money().formatted(), body);
        collaboration.touch(now);
        return payment;
    }

    public Money money() {
        return new Money(amount, currency);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getMethod() {
        return method;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
