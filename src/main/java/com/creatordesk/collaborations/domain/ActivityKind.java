package com.creatordesk.collaborations.domain;

/** The kinds of entry in a collaboration's activity history, with the guide's names. */
public enum ActivityKind {
    CREATED("Created"),
    STATUS_CHANGED("Status changed"),
    TERMS_CHANGED("Terms changed"),
    PAYMENT_MADE("Payment made"),
    CONTENT_DELIVERED("Content delivered"),
    NOTE_ADDED("Note added"),
    SHIPMENT_ADDED("Shipment added"),
    DELIVERY_STATUS_CHANGED("Delivery status changed");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
