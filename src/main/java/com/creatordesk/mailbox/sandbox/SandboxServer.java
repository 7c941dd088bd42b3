package com.creatordesk.mailbox.sandbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.MailServer;
import com.creatordesk.mailbox.domain.Security;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The built-in sandbox mail server (GreenMail, SMTP and IMAP on 127.0.0.1). Mail sent to any address is
 * kept here and never leaves the machine; each organization has a team address and an IMAP login of its
 * own, so the very same SMTP/IMAP code serves the sandbox and a real mailbox. Mail lives in memory: it is
 * gone when the application stops.
 */
@Component
public class SandboxServer implements DisposableBean {

    public static final String DOMAIN = "sandbox.creatordesk.local";
    static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);

    private final GreenMail greenMail;
    private final SecretKeySpec passwordKey;

    SandboxServer(SandboxProperties properties, @Value("${creatordesk.secret-key}") String secret) {
        this.passwordKey = new SecretKeySpec(("sandbox-team:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.greenMail = properties.enabled() ? start(properties) : null;
    }

    private static GreenMail start(SandboxProperties properties) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(properties.smtpPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(properties.imapPort(), LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        try {
            server.start();
        } catch (RuntimeException e) {
            log.error("The sandbox mail server could not start on SMTP port {} / IMAP port {} ({}). Organizations "
                    + "without a mailbox can't send until it runs: free the ports, or set CREATORDESK_SANDBOX_SMTP_PORT "
                    + "and CREATORDESK_SANDBOX_IMAP_PORT, or switch it off with CREATORDESK_SANDBOX_ENABLED=false.",
                    properties.smtpPort(), properties.imapPort(), e.getMessage());
            server.stop();
            return null;
        }
        log.info("Sandbox mail server on {}: SMTP port {}, IMAP port {}. Its mail is not delivered to the internet.",
                LOOPBACK, server.getSmtp().getPort(), server.getImap().getPort());
        return server;
    }

    public boolean isRunning() {
        return greenMail != null;
    }

    public int smtpPort() {
        return running().getSmtp().getPort();
    }

    public int imapPort() {
        return running().getImap().getPort();
    }

    public static String teamAddress(OrganizationId organization) {
        return "team-" + organization.value().toString().replace("-", "").substring(0, 12) + "@" + DOMAIN;
    }

    /** The organization's sandbox mailbox; its IMAP login is (re)created on the way, the server keeps no state. */
    public synchronized TeamMailbox teamMailbox(OrganizationId organization) {
        String address = teamAddress(organization);
        String password = teamPassword(organization);
        UserManager users = running().getUserManager();
        GreenMailUser user = users.getUser(address);
        if (user == null) {
            running().setUser(address, address, password);
        } else if (!password.equals(user.getPassword())) {
            // mail to the address arrived first and GreenMail made a login with a default password
            user.setPassword(password);
        }
        return new TeamMailbox(true, null, address, new MailServer(LOOPBACK, imapPort(), Security.NONE),
                new MailServer(LOOPBACK, smtpPort(), Security.NONE), address, password);
    }

    /**
     * Files a copy of an email the address sent in its Sent folder (login and folder made when missing), marked
     * read: what an IMAP APPEND does, in-process.
     */
    public void keepInSent(String address, byte[] mime) {
        try {
            keepInSent(address, new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime)));
        } catch (MessagingException e) {
            throw new IllegalStateException("the sandbox could not read the sent email", e);
        }
    }

    /** As {@link #keepInSent(String, byte[])}, for a message already built. */
    public void keepInSent(String address, MimeMessage message) {
        try {
            GreenMailUser user = users().getUserByEmail(address);
            if (user == null) {
                user = users().createUser(address, address, address);
            }
            MailFolder sent = folders().getFolder(user, SandboxMessages.SENT_FOLDER);
            if (sent == null) {
                sent = folders().createMailbox(user, SandboxMessages.SENT_FOLDER);
            }
            // GreenMail stamps deliveries with the system time; the copy must sort among them
            sent.appendMessage(message, new Flags(Flags.Flag.SEEN), new Date());
        } catch (UserException | FolderException | AuthorizationException e) {
            throw new IllegalStateException("the sandbox could not keep a copy of the sent email", e);
        }
    }

    UserManager users() {
        return running().getUserManager();
    }

    ImapHostManager folders() {
        return running().getManagers().getImapHostManager();
    }

    /** Derived from the secret key, so every instance and restart computes the same one without storing it. */
    private String teamPassword(OrganizationId organization) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(passwordKey);
            byte[] digest = mac.doFinal(organization.value().toString().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("the sandbox mail server is not running");
        }
        return greenMail;
    }

    @Override
    public void destroy() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
