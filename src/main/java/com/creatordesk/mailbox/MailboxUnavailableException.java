package com.creatordesk.mailbox;

/**
 * The team mailbox can't be reached or used right now; the message says why in words an admin can act on
 * (no mailbox and no sandbox, a password that can't be decrypted, the server's refusal, ...).
 */
public class MailboxUnavailableException extends RuntimeException {

    public MailboxUnavailableException(String message) {
        super(message);
    }

    public MailboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
