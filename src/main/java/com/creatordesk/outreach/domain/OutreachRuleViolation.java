package com.creatordesk.outreach.domain;

/** An outreach change the rules refuse; the message is shown to the user as it is. */
public class OutreachRuleViolation extends RuntimeException {

    private final String field;

    public OutreachRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, or null for the whole page. */
    public String field() {
        return field;
    }
}
