package com.creatordesk.collaborations.domain;

/**
 * The creator already has a collaboration in the campaign (one per creator per campaign, kept by a unique
 * key). The form then names and links the existing one.
 */
public class DuplicateCollaboration extends CollaborationRuleViolation {

    public DuplicateCollaboration() {
        super("creator", "This creator already has a collaboration in this campaign.");
    }
}
