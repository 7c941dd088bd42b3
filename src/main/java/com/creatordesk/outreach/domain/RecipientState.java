package com.creatordesk.outreach.domain;

/** A bulk-send recipient after the preflight: will be sent to, can't be (Invalid), or deliberately not (Skipped). */
public enum RecipientState {
    RESOLVED("Resolved"), INVALID("Invalid"), SKIPPED("Skipped");

    private final String label;

    RecipientState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
