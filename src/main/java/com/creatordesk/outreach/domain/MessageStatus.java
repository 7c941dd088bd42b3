package com.creatordesk.outreach.domain;

/** Where an outreach email is: in the outbox (Queued, Sending) or done with (Sent, Failed, Bounced, Skipped). */
public enum MessageStatus {
    QUEUED("Queued"), SENDING("Sending"), SENT("Sent"), FAILED("Failed"), BOUNCED("Bounced"), SKIPPED("Skipped");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this != QUEUED && this != SENDING;
    }
}
