package com.creatordesk.mailbox;

/**
 * Sends many emails over one SMTP connection, kept open between messages and reopened when it fails.
 * Not thread-safe; close it when done. Obtain one from {@link MailSender#openBatch}.
 */
public interface MailBatch extends AutoCloseable {

    SendResult send(OutgoingMail mail);

    /**
     * The email as this batch sends it (same headers and Message-ID), e.g. to keep a copy in the Sent folder
     * without another look-up of the mailbox per message.
     *
     * @throws IllegalArgumentException for an invalid recipient address
     * @throws MailboxUnavailableException when the batch has no mailbox to send from
     */
    byte[] toMime(OutgoingMail mail);

    /** How many SMTP connections this batch has opened so far (1 when nothing went wrong). */
    int connectionsOpened();

    @Override
    void close();
}
