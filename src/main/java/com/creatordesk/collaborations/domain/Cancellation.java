package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CancellationReason;

/** Why a collaboration is cancelled: one of the reasons, and for Other a text of its own. */
public record Cancellation(CancellationReason reason, String note) {

    public static final int MAX_NOTE = 500;

    public Cancellation {
        note = note == null || note.isBlank() ? null : note.strip();
        if (reason == null) {
            throw new CollaborationRuleViolation("reason", "Choose why the collaboration is cancelled.");
        }
        if (reason == CancellationReason.OTHER && note == null) {
            throw new CollaborationRuleViolation("reasonNote", "Describe the reason for cancelling.");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new CollaborationRuleViolation("reasonNote", "Use at most " + MAX_NOTE + " characters.");
        }
    }

    public static Cancellation of(CancellationReason reason) {
        return new Cancellation(reason, null);
    }

    /** As the history shows it: "Budget cut", or for Other the text given. */
    public String describe() {
        if (reason == CancellationReason.OTHER) {
            return note;
        }
        return note == null ? reason.label() : reason.label() + ": " + note;
    }
}
