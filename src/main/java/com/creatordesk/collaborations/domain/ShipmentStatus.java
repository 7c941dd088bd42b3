package com.creatordesk.collaborations.domain;

/** Where a product shipped to the creator is. */
public enum ShipmentStatus {
    PENDING("Pending"), IN_TRANSIT("In Transit"), DELIVERED("Delivered"), EXCEPTION("Exception");

    private final String label;

    ShipmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
