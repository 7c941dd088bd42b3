package com.creatordesk.outreach.domain;

import java.util.Map;

/**
 * How far a bulk send is: its outbox messages per state, and whether the queued ones wait for tomorrow's
 * quota. Done when nothing is queued or being sent any more.
 */
public record BulkProgress(Map<MessageStatus, Long> counts, boolean waitingForQuota) {

    public long count(MessageStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long queued() {
        return count(MessageStatus.QUEUED);
    }

    public long sending() {
        return count(MessageStatus.SENDING);
    }

    /** Sent, including those that bounced afterwards. */
    public long sent() {
        return count(MessageStatus.SENT) + count(MessageStatus.BOUNCED);
    }

    /** Failed for good; each recipient's row says why. */
    public long failed() {
        return count(MessageStatus.FAILED);
    }

    /** Not sent because the address unsubscribed after the bulk send started. */
    public long skipped() {
        return count(MessageStatus.SKIPPED);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long finished() {
        return total() - queued() - sending();
    }

    public boolean done() {
        return queued() + sending() == 0;
    }
}
