package com.creatordesk.mailbox;

import java.util.concurrent.CompletableFuture;

/**
 * Sends many emails over one SMTP connection, kept open between messages and reopened when it fails.
 * Not thread-safe; close it when done. Obtain one from {@link MailSender#openBatch}.
 */
public interface MailBatch extends AutoCloseable {

    SendResult send(OutgoingMail mail);

    /**
     * Keeps a copy of an email this batch just sent ({@code sent} is what {@link #send} answered) in the team
     * mailbox's Sent folder, marked read, unless the server files sent mail itself; the sandbox always gets
     * one. The copies of a batch go over one IMAP connection on a thread of their own, so the next email goes
     * out while the last one's copy is appended: this returns once the copy is queued (waiting only while
     * several are). The future completes, never exceptionally, once the copy was kept or given up (a copy that
     * can't be kept is logged, and the batch goes on without copies). Record the email as sent only after
     * that, so a Sent record always has its copy, and a crash before it leaves the email for recovery to look
     * up in the Sent folder. Closing the batch waits for every copy.
     */
    CompletableFuture<Void> keepInSent(OutgoingMail mail, SendResult sent);

    /** How many SMTP connections this batch has opened so far (1 when nothing went wrong). */
    int connectionsOpened();

    @Override
    void close();
}
