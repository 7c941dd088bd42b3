package com.creatordesk.mailbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The failures that need servers behaving badly: silence (timeout) and a protocol mismatch (TLS). */
class ConnectionCheckTests {

    private GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));
        greenMail.start();
        greenMail.setUser("team@brand.test", "team@brand.test", "right");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        // the kernel completes the TCP handshake from the backlog; nobody ever sends a greeting
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<ConnectionCheck> checks = ConnectionCheck.run(mailbox(silent.getLocalPort(), Security.NONE,
                    greenMail.getSmtp().getPort(), Security.NONE, "right"), Duration.ofSeconds(1));

            assertThat(checks.get(0)).isEqualTo(new ConnectionCheck("IMAP", false, "IMAP: no answer from 127.0.0.1:"
                    + silent.getLocalPort() + " within 1 seconds (timeout). Check the host, the port and any firewall in between."));
            assertThat(checks.get(1).ok()).isTrue();
        }
    }

    @Test
    void tlsAgainstAPlainPortFailsTheHandshake() {
        List<ConnectionCheck> checks = ConnectionCheck.run(mailbox(greenMail.getImap().getPort(), Security.TLS,
                greenMail.getSmtp().getPort(), Security.STARTTLS, "right"), Duration.ofSeconds(5));

        assertThat(checks.get(0).ok()).isFalse();
        assertThat(checks.get(0).message()).startsWith("IMAP: TLS handshake with 127.0.0.1:" + greenMail.getImap().getPort()
                + " failed (").endsWith("Check the security setting: TLS usually goes with port 993 (IMAP) or 465 (SMTP), "
                + "STARTTLS with 143 or 587.");
        assertThat(checks.get(1)).isEqualTo(new ConnectionCheck("SMTP", false, "SMTP: 127.0.0.1:"
                + greenMail.getSmtp().getPort() + " doesn't offer STARTTLS. Choose TLS or None, or the server's STARTTLS port."));
    }

    @Test
    void bothSucceedWithTheRightPassword() {
        List<ConnectionCheck> checks = ConnectionCheck.run(mailbox(greenMail.getImap().getPort(), Security.NONE,
                greenMail.getSmtp().getPort(), Security.NONE, "right"), Duration.ofSeconds(5));

        assertThat(checks).allMatch(ConnectionCheck::ok);
    }

    private static TeamMailbox mailbox(int imapPort, Security imapSecurity, int smtpPort, Security smtpSecurity, String password) {
        return new TeamMailbox(false, "Brand", "team@brand.test", new MailServer("127.0.0.1", imapPort, imapSecurity),
                new MailServer("127.0.0.1", smtpPort, smtpSecurity), "team@brand.test", password);
    }
}
