package com.creatordesk.inbox.web;

import com.creatordesk.inbox.domain.SyncedMailboxes.Health;
import com.creatordesk.mailbox.MailboxStatus;
import java.time.Duration;
import java.time.Instant;

/** The sync health in words for the status card. */
record SyncStatusView(Health health, MailboxStatus mailbox, Instant now) {

    public boolean connected() {
        return health.connected();
    }

    public boolean syncPending() {
        return health.syncRequestedAt() != null;
    }

    public String lastSuccess() {
        return health.lastSuccessAt() == null ? "Not yet" : ago(health.lastSuccessAt());
    }

    public String lastError() {
        return health.lastError() == null ? null : health.lastError() + " (" + ago(health.lastErrorAt()) + ")";
    }

    public String lag() {
        if (health.lastLagMs() == null) {
            return "No new mail synced yet";
        }
        return "The newest email appeared " + duration(Duration.ofMillis(health.lastLagMs())) + " after it reached the mailbox";
    }

    public String mode() {
        if (health.idleSupported() == null) {
            return "Not connected yet";
        }
        return health.idleSupported() ? "Real time (IMAP IDLE), with a full check every minute or so"
                : "Checking regularly (this mail server has no IMAP IDLE)";
    }

    private String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration since = Duration.between(at, now);
        return since.isNegative() ? "just now" : duration(since) + " ago";
    }

    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 1) {
            return "less than a second";
        }
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = seconds / 60;
        if (minutes < 90) {
            return minutes + " minutes";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " hours" : hours / 24 + " days";
    }
}
