package com.creatordesk.mailbox.domain;

import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** The first cause of the given type. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return causes(failure).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /**
     * The failure and its causes; MessagingException's getCause() is its next exception, which is where a
     * SendFailedException keeps one exception per refused recipient.
     */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = failure; current != null && chain.size() < 20 && !chain.contains(current);
                current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }

    private static String serverWords(Exception failure) {
        String words = find(failure, AuthenticationFailedException.class).getMessage();
        return words == null || words.isBlank() ? "" : " (" + words.strip() + ")";
    }
}
