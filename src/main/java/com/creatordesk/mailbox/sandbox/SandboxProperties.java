package com.creatordesk.mailbox.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in sandbox mail server: on by default, SMTP and IMAP on loopback. Port 0 picks free ports
 * (tests); {@link SandboxServer} tells which were taken.
 */
@ConfigurationProperties("creatordesk.sandbox")
public record SandboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3025") int smtpPort,
        @DefaultValue("3143") int imapPort) {
}
