package com.creatordesk.inbox.domain.mime;

/** The raw source is not an email we can make sense of at all; it is kept as it is and shown as such. */
public class UnreadableMailException extends Exception {

    public UnreadableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
