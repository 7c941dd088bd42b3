package com.creatordesk.mailbox;

/**
 * Sends many emails over one SMTP connection, kept open between messages and reopened when it fails.
 * Not thread-safe; close it when done. Obtain one from {@link MailSender#openBatch}.
 */
public interface MailBatch extends AutoCloseable {

    SendResult send(OutgoingMail mail);

    /**
     * Keeps a copy of an email this batch just sent ({@code sent} is what {@link #send} answered) in the team
     * mailbox's Sent folder, marked read, unless the server files sent mail itself; the sandbox always gets
     * one. All copies of a batch go over one connection. Never fails the caller: a copy that can't be kept is
     * logged.
     */
    void keepInSent(OutgoingMail mail, SendResult sent);

    /** How many SMTP connections this batch has opened so far (1 when nothing went wrong). */
    int connectionsOpened();

    @Override
    void close();
}
