package com.creatordesk.mailbox.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens SMTP and IMAP connections to a team mailbox — the one code path for a real mailbox and the sandbox.
 * Every connection has connect and read timeouts, and TLS checks the server's certificate and name.
 */
public final class MailConnections {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private MailConnections() {
    }

    public static Session smtpSession(TeamMailbox mailbox, Duration timeout) {
        Properties properties = properties("smtp", mailbox.smtp(), timeout);
        properties.put("mail.smtp.auth", String.valueOf(mailbox.authenticates()));
        properties.put("mail.smtp.from", mailbox.senderAddress());
        return Session.getInstance(properties);
    }

    public static Transport connectSmtp(Session session, TeamMailbox mailbox) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        MailServer server = mailbox.smtp();
        if (mailbox.authenticates()) {
            transport.connect(server.host(), server.port(), mailbox.username(), mailbox.password());
        } else {
            transport.connect(server.host(), server.port(), null, null);
        }
        return transport;
    }

    public static Store connectImap(TeamMailbox mailbox, Duration timeout) throws MessagingException {
        Session session = Session.getInstance(properties("imap", mailbox.imap(), timeout));
        Store store = session.getStore("imap");
        MailServer server = mailbox.imap();
        store.connect(server.host(), server.port(), mailbox.username(), mailbox.password());
        return store;
    }

    private static Properties properties(String protocol, MailServer server, Duration timeout) {
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.put(prefix + "host", server.host());
        properties.put(prefix + "port", String.valueOf(server.port()));
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "socketFactory", NoDelaySockets.plain());
        properties.put(prefix + "ssl.socketFactory", NoDelaySockets.tls());
        switch (server.security()) {
            case TLS -> {
                properties.put(prefix + "ssl.enable", "true");
                properties.put(prefix + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                properties.put(prefix + "starttls.enable", "true");
                properties.put(prefix + "starttls.required", "true");
                properties.put(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return properties;
    }
}
