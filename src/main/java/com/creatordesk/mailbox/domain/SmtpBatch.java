package com.creatordesk.mailbox.domain;

import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One SMTP connection reused for many messages. A connection that was idle for a while is checked (NOOP)
 * before use; one that broke is reopened for the next message. When the server can't be reached or refuses
 * the sign-in, the rest of the batch fails fast with the same temporary reason instead of waiting for a
 * timeout once per message.
 */
public final class SmtpBatch implements MailBatch {

    private static final Duration CHECK_AFTER_IDLE = Duration.ofSeconds(30);

    private final TeamMailbox mailbox;
    private final Session session;
    private final Clock clock;
    private final SentCopyQueue copies;
    private Transport transport;
    /** The last email accepted and not yet handed to the copies, so keeping its copy needs no second build. */
    private MimeMessage lastSent;
    private Instant lastUse;
    private String unavailable;
    private int connections;

    SmtpBatch(TeamMailbox mailbox, SentCopies copies, Clock clock, Duration timeout) {
        this.mailbox = mailbox;
        this.session = MailConnections.smtpSession(mailbox, timeout);
        this.copies = new SentCopyQueue(copies);
        this.clock = clock;
    }

    /** A batch that can't send at all, for an organization whose mailbox is unusable right now. */
    static MailBatch unavailable(String reason) {
        return new MailBatch() {
            @Override
            public SendResult send(OutgoingMail mail) {
                String id = mail.messageId() != null ? mail.messageId() : MessageIds.forDomain(MessageIds.DEFAULT_DOMAIN);
                return SendResult.temporaryFailure(id, 0, reason);
            }

            @Override
            public CompletableFuture<Void> keepInSent(OutgoingMail mail, SendResult sent) {
                return CompletableFuture.completedFuture(null); // nothing was sent
            }

            @Override
            public int connectionsOpened() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public SendResult send(OutgoingMail mail) {
        String messageId = mail.messageId() != null ? mail.messageId() : MessageIds.forDomain(mailbox.domain());
        if (unavailable != null) {
            return SendResult.temporaryFailure(messageId, 0, unavailable);
        }
        MimeMessage message;
        try {
            message = OutgoingMessages.build(session, mailbox, mail, messageId, clock.instant());
        } catch (MessagingException invalidAddress) {
            return SendResult.permanentFailure(messageId, 0, "Invalid recipient address: " + invalidAddress.getMessage());
        }
        Transport connected;
        try {
            connected = connected();
        } catch (MessagingException e) {
            // refused before any recipient was named (greeting, sign-in): the mailbox, not the message, is at fault
            SendResult failure = SendFailures.classify(e, messageId, mailbox.smtp());
            unavailable = failure.detail();
            return SendResult.temporaryFailure(messageId, failure.replyCode(), unavailable);
        }
        try {
            connected.sendMessage(message, message.getAllRecipients());
            lastUse = clock.instant();
            lastSent = message;
            return SendResult.sent(messageId);
        } catch (MessagingException e) {
            if (!connected.isConnected()) {
                disconnect();
            }
            return SendFailures.classify(e, messageId, mailbox.smtp());
        }
    }

    @Override
    public CompletableFuture<Void> keepInSent(OutgoingMail mail, SendResult sent) {
        if (!sent.isSent()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            boolean justSent = lastSent != null && sent.messageId().equals(lastSent.getMessageID());
            MimeMessage copy = justSent ? lastSent
                    : OutgoingMessages.build(session, mailbox, mail.withMessageId(sent.messageId()), sent.messageId(), clock.instant());
            lastSent = null; // the copier's now: this thread no longer reads it
            return copies.keep(sent.messageId(), copy);
        } catch (MessagingException unreadable) {
            // a sent email can always be read and built again; nothing to keep otherwise
            return CompletableFuture.completedFuture(null);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport != null && lastUse != null && lastUse.plus(CHECK_AFTER_IDLE).isBefore(clock.instant())
                && !transport.isConnected()) {
            disconnect();
        }
        if (transport == null) {
            transport = MailConnections.connectSmtp(session, mailbox);
            connections++;
        }
        return transport;
    }

    @Override
    public int connectionsOpened() {
        return connections;
    }

    @Override
    public void close() {
        disconnect();
        copies.close();
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyBroken) {
                // nothing to release
            }
            transport = null;
        }
    }
}
