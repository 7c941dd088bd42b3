package com.creatordesk.mailbox;

/**
 * What happened to one email. TEMPORARY_FAILURE (a 4xx reply, a connection problem, the mailbox not
 * usable right now) may succeed later; PERMANENT_FAILURE (a 5xx reply, an invalid address) will not.
 *
 * @param status    the outcome
 * @param messageId the Message-ID the email carried (or would have carried)
 * @param replyCode the SMTP reply code behind a failure, or 0 when there was none
 * @param detail    the server's words (or ours) for a failure; null when sent
 */
public record SendResult(Status status, String messageId, int replyCode, String detail) {

    public enum Status { SENT, TEMPORARY_FAILURE, PERMANENT_FAILURE }

    public static SendResult sent(String messageId) {
        return new SendResult(Status.SENT, messageId, 0, null);
    }

    public static SendResult temporaryFailure(String messageId, int replyCode, String detail) {
        return new SendResult(Status.TEMPORARY_FAILURE, messageId, replyCode, detail);
    }

    public static SendResult permanentFailure(String messageId, int replyCode, String detail) {
        return new SendResult(Status.PERMANENT_FAILURE, messageId, replyCode, detail);
    }

    public boolean isSent() {
        return status == Status.SENT;
    }
}
