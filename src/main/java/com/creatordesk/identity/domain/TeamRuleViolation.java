package com.creatordesk.identity.domain;

/** A team change the rules refuse; the message is shown to the user as it is. */
public class TeamRuleViolation extends RuntimeException {

    private final String field;

    public TeamRuleViolation(String message) {
        this(null, message);
    }

    public TeamRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, or null for the whole page. */
    public String field() {
        return field;
    }
}
