package com.creatordesk.collaborations;

import java.util.UUID;

/**
 * The email thread a collaboration is linked to: the inbox module's thread id and a label to show (its
 * subject, for example). The collaborations module does not read threads; it links to them.
 */
public record EmailThreadLink(UUID threadId, String label) {

    public static final int MAX_LABEL = 300;

    public EmailThreadLink {
        if (threadId == null) {
            throw new IllegalArgumentException("thread id is required");
        }
        label = label == null || label.isBlank() ? "Email thread" : label.strip();
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL - 1) + "…";
        }
    }
}
