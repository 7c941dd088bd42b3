package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.CollaborationOrder;
import java.util.Arrays;

/** The collaboration list's Sort by choices, each a stable URL value. */
enum CollaborationSortOption {
    NEWEST("newest", "Newest first", CollaborationOrder.CREATED, true),
    OLDEST("oldest", "Oldest first", CollaborationOrder.CREATED, false),
    STATUS("status", "Status", CollaborationOrder.STATUS, false),
    COST_DESC("cost-desc", "Cost (highest first)", CollaborationOrder.COST, true),
    COST("cost", "Cost (lowest first)", CollaborationOrder.COST, false),
    CREATOR("creator", "Creator (A–Z)", CollaborationOrder.CREATOR, false),
    CREATOR_DESC("creator-desc", "Creator (Z–A)", CollaborationOrder.CREATOR, true);

    private final String value;
    private final String label;
    private final CollaborationOrder order;
    private final boolean descending;

    CollaborationSortOption(String value, String label, CollaborationOrder order, boolean descending) {
        this.value = value;
        this.label = label;
        this.order = order;
        this.descending = descending;
    }

    static CollaborationSortOption of(String value) {
        return Arrays.stream(values()).filter(option -> option.value.equals(value)).findFirst().orElse(NEWEST);
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    CollaborationOrder order() {
        return order;
    }

    boolean descending() {
        return descending;
    }
}
