package com.creatordesk.mailbox;

/**
 * Sends many emails over one SMTP connection, kept open between messages and reopened when it fails.
 * Not thread-safe; close it when done. Obtain one from {@link MailSender#openBatch}.
 */
public interface MailBatch extends AutoCloseable {

    SendResult send(OutgoingMail mail);

    /** How many SMTP connections this batch has opened so far (1 when nothing went wrong). */
    int connectionsOpened();

    @Override
    void close();
}
