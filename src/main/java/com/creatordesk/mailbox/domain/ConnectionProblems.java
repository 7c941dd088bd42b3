package com.creatordesk.mailbox.domain;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Says in an admin's words why connecting to a mail server failed: Jakarta Mail wraps the real cause
 * (DNS, refused port, timeout, TLS, sign-in) in a generic MessagingException.
 */
public final class ConnectionProblems {

    private ConnectionProblems() {
    }

    public static String describe(String protocol, MailServer server, Exception failure, Duration timeout) {
        String where = server.host() + ":" + server.port();
        if (find(failure, AuthenticationFailedException.class) != null) {
            return protocol + ": the server refused the user name or password" + serverWords(failure) + ".";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return protocol + ": unknown host \"" + server.host() + "\" — the name doesn't resolve (DNS). Check the host name.";
        }
        if (find(failure, ConnectException.class) != null) {
            return protocol + ": connection refused by " + where + " — nothing accepts connections on that port. "
                    + "Check the host and the port.";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return protocol + ": no answer from " + where + " within " + timeout.toSeconds() + " seconds (timeout). "
                    + "Check the host, the port and any firewall in between.";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return protocol + ": no route to " + where + " — the network can't reach that host.";
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return protocol + ": TLS handshake with " + where + " failed (" + tls.getMessage() + "). Check the security "
                    + "setting: TLS usually goes with port 993 (IMAP) or 465 (SMTP), STARTTLS with 143 or 587.";
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains("STARTTLS")) {
            return protocol + ": " + where + " doesn't offer STARTTLS. Choose TLS or None, or the server's STARTTLS port.";
        }
        return protocol + ": couldn't connect to " + where + " (" + message.strip() + ").";
    }

    /** The first cause of the given type, following both getCause() and MessagingException's chain. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++, current = next(current)) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    private static Throwable next(Throwable current) {
        if (current.getCause() != null && current.getCause() != current) {
            return current.getCause();
        }
        return current instanceof MessagingException messaging ? messaging.getNextException() : null;
    }

    private static String serverWords(Exception failure) {
        String words = find(failure, AuthenticationFailedException.class).getMessage();
        return words == null || words.isBlank() ? "" : " (" + words.strip() + ")";
    }
}
