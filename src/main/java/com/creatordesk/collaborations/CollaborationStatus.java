package com.creatordesk.collaborations;

/**
 * Where a collaboration is in its lifecycle. The typical flow is Pending → Negotiating → Fulfilling →
 * Completed, but any status may move to any other: statuses may be skipped, a collaboration may go back,
 * and a cancelled one may be restored to any status. Only cancelling needs a {@link CancellationReason}.
 */
public enum CollaborationStatus {
    PENDING("Pending"), NEGOTIATING("Negotiating"), FULFILLING("Fulfilling"), COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;
    private final String cssClass;

    CollaborationStatus(String label) {
        this.label = label;
        this.cssClass = "status-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The badge's style class, such as {@code status-negotiating}. */
    public String cssClass() {
        return cssClass;
    }

    public String label() {
        return label;
    }

    /** Neither Completed nor Cancelled: the partnership is still going on. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}
