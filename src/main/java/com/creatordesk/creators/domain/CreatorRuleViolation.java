package com.creatordesk.creators.domain;

/** A change the Creator Pool refuses; the message is written for the person who asked for it. */
public class CreatorRuleViolation extends RuntimeException {

    private final String field;

    public CreatorRuleViolation(String message) {
        this(null, message);
    }

    public CreatorRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }
}
