package com.creatordesk.inbox;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * A mail server of the test's own (GreenMail on free ports) with one team mailbox, for what the app's
 * sandbox can't do: sit behind a proxy that drops connections, or have its Sent folder recreated.
 */
final class OwnMailServer implements AutoCloseable {

    static final String TEAM = "partners@northwind.test";
    static final String PASSWORD = "own-server-password";

    private final GreenMail greenMail;
    private final GreenMailUser team;

    OwnMailServer() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        team = greenMail.setUser(TEAM, TEAM, PASSWORD);
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    void deliver(String raw) throws Exception {
        team.deliver(parse(raw));
    }

    void addToSent(String raw) throws Exception {
        sent().appendMessage(parse(raw), new Flags(Flags.Flag.SEEN), new Date());
    }

    long sentUidValidity() throws Exception {
        return sent().getUidValidity();
    }

    /** Deletes the Sent folder and creates it anew: a new UIDVALIDITY, UIDs from 1 again. */
    void recreateSent() throws Exception {
        var folders = greenMail.getManagers().getImapHostManager();
        folders.deleteMailbox(team, "Sent");
        folders.createMailbox(team, "Sent");
    }

    private MailFolder sent() throws Exception {
        var folders = greenMail.getManagers().getImapHostManager();
        MailFolder sent = folders.getFolder(team, "Sent");
        return sent != null ? sent : folders.createMailbox(team, "Sent");
    }

    static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
