package com.creatordesk.mailbox.domain;

import com.creatordesk.mailbox.OutgoingMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Turns an {@link OutgoingMail} into the MIME message that goes over SMTP, keeping the caller's Message-ID. */
public final class OutgoingMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private OutgoingMessages() {
    }

    /** @throws MessagingException for an invalid address; nothing else about the mail can be wrong here */
    public static MimeMessage build(Session session, TeamMailbox mailbox, OutgoingMail mail, String messageId, Instant date)
            throws MessagingException {
        MimeMessage message = new KeptIdMimeMessage(session, messageId);
        String name = mail.fromName() != null ? mail.fromName() : mailbox.senderName();
        try {
            message.setFrom(new InternetAddress(mailbox.senderAddress(), name, UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        for (String recipient : mail.to()) {
            message.addRecipient(RecipientType.TO, new InternetAddress(recipient, true));
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(date));
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", mail.references())));
        }
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.html() == null) {
            message.setText(mail.text(), UTF_8);
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    public static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("a built message can always be written", e);
        }
    }

    /** Jakarta Mail replaces the Message-ID on every save; ours was recorded by the caller before sending. */
    private static final class KeptIdMimeMessage extends MimeMessage {

        private final String messageId;

        KeptIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
