package com.creatordesk.collaborations.domain;

/** A collaboration change the rules refuse; the message is shown to the user as it is. */
public class CollaborationRuleViolation extends RuntimeException {

    private final String field;

    public CollaborationRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
