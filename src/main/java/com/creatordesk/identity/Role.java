package com.creatordesk.identity;

/** A team member's role. Owners and Admins manage the team, the mailbox and notification settings. */
public enum Role {
    OWNER("Owner"), ADMIN("Admin"), MEMBER("Member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAdmin() {
        return this != MEMBER;
    }
}
