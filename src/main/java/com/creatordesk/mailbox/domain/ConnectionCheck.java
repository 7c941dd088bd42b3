package com.creatordesk.mailbox.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import java.time.Duration;
import java.util.List;

/** The outcome of Test connection for one protocol. */
public record ConnectionCheck(String protocol, boolean ok, String message) {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Connects and signs in to IMAP, then SMTP, and says exactly what failed. */
    public static List<ConnectionCheck> run(TeamMailbox mailbox, Duration timeout) {
        return List.of(
                check("IMAP", mailbox.imap(), timeout, () -> MailConnections.connectImap(mailbox, timeout)),
                check("SMTP", mailbox.smtp(), timeout, () -> MailConnections.connectSmtp(
                        MailConnections.smtpSession(mailbox, timeout), mailbox)));
    }

    private interface Connect {
        Service open() throws MessagingException;
    }

    private static ConnectionCheck check(String protocol, MailServer server, Duration timeout, Connect connect) {
        try {
            connect.open().close();
            return new ConnectionCheck(protocol, true, protocol + ": connected to " + server + " and signed in.");
        } catch (MessagingException e) {
            return new ConnectionCheck(protocol, false, ConnectionProblems.describe(protocol, server, e, timeout));
        }
    }
}
