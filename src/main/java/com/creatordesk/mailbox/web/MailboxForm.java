package com.creatordesk.mailbox.web;

import com.creatordesk.mailbox.domain.MailServer;
import com.creatordesk.mailbox.domain.MailboxSettings;
import com.creatordesk.mailbox.domain.Security;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Settings → Mailbox. The password is never filled back in and never printed ({@link #toString()}). */
record MailboxForm(
        @NotBlank(message = "Enter the name recipients see.") @Size(max = 120, message = "Use at most 120 characters.")
        String senderName,
        @NotBlank(message = "Enter the address mail is sent from.") @Email(message = "Enter a valid email address.")
        @Size(max = 254, message = "Use at most 254 characters.")
        String senderAddress,
        @NotBlank(message = "Enter the IMAP server, e.g. imap.yourbrand.com.") @Pattern(regexp = HOST, message = HOST_MESSAGE)
        String imapHost,
        @NotBlank(message = PORT_MESSAGE) @Pattern(regexp = PORT, message = PORT_MESSAGE)
        String imapPort,
        @NotNull(message = "Choose how the connection is secured.")
        Security imapSecurity,
        @NotBlank(message = "Enter the SMTP server, e.g. smtp.yourbrand.com.") @Pattern(regexp = HOST, message = HOST_MESSAGE)
        String smtpHost,
        @NotBlank(message = PORT_MESSAGE) @Pattern(regexp = PORT, message = PORT_MESSAGE)
        String smtpPort,
        @NotNull(message = "Choose how the connection is secured.")
        Security smtpSecurity,
        @NotBlank(message = "Enter the user name you sign in to the mailbox with.") @Size(max = 254, message = "Use at most 254 characters.")
        String username,
        String password) {

    static final String HOST = "\\s*[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?\\s*";
    static final String HOST_MESSAGE = "Enter a host name or IP address, without http:// or a port.";
    /** 1 to 65535. */
    static final String PORT = "\\s*([1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5])\\s*";
    static final String PORT_MESSAGE = "Enter a port between 1 and 65535.";

    static MailboxForm defaults() {
        return new MailboxForm("", "", "", "993", Security.TLS, "", "587", Security.STARTTLS, "", null);
    }

    static MailboxForm of(MailboxSettings settings) {
        return new MailboxForm(settings.senderName(), settings.senderAddress(), settings.imap().host(),
                String.valueOf(settings.imap().port()), settings.imap().security(), settings.smtp().host(),
                String.valueOf(settings.smtp().port()), settings.smtp().security(), settings.username(), null);
    }

    MailboxSettings settings() {
        return new MailboxSettings(senderName.strip(), senderAddress.strip(),
                new MailServer(imapHost.strip(), Integer.parseInt(imapPort.strip()), imapSecurity),
                new MailServer(smtpHost.strip(), Integer.parseInt(smtpPort.strip()), smtpSecurity), username.strip());
    }

    @Override
    public String toString() {
        return "MailboxForm[" + senderAddress + ", imap " + imapHost + ":" + imapPort + ", smtp " + smtpHost + ":"
                + smtpPort + ", user " + username + ", password " + (password == null || password.isEmpty() ? "empty" : "given") + "]";
    }
}
