package com.creatordesk.campaigns.domain;

/** A campaign change the rules refuse; the message is shown to the user as it is. */
public class CampaignRuleViolation extends RuntimeException {

    private final String field;

    public CampaignRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, or null for the whole page. */
    public String field() {
        return field;
    }
}
