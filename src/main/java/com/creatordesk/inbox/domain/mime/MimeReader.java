package com.creatordesk.inbox.domain.mime;

import com.creatordesk.inbox.domain.mime.Addresses.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;

/**
 * Turns an email's raw source into a {@link ParsedMail}, as far as it can be read: odd charsets, missing
 * headers, damaged parts and deep nesting give what can be read plus a problem note. Only a source with no
 * email headers at all, or one the MIME parser rejects outright, is {@link UnreadableMailException unreadable}.
 */
public final class MimeReader {

    private static final int MAX_HEADERS = 64 * 1024;
    private static final int MAX_SUBJECT = 1000;
    private static final Session SESSION = Session.getInstance(properties());

    private MimeReader() {
    }

    public static ParsedMail read(byte[] raw, Instant receivedAt) throws UnreadableMailException {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMailException("Its headers could not be read (" + e.getMessage() + ").", e);
        }
        if (Text.header(message, "From") == null && Text.header(message, "To") == null
                && Text.header(message, "Subject") == null && Text.header(message, "Date") == null
                && Text.header(message, "Message-ID") == null) {
            throw new UnreadableMailException("It has none of the headers of an email (From, To, Subject, Date, Message-ID).", null);
        }
        try {
            return read(message, raw, receivedAt);
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMailException("It could not be read (" + e.getMessage() + ").", e);
        }
    }

    private static ParsedMail read(MimeMessage message, byte[] raw, Instant receivedAt) throws MessagingException {
        List<Named> from = Addresses.parse(message.getHeader("From"));
        Named sender = from.isEmpty() ? null : from.get(0);
        List<Named> replyTo = Addresses.parse(message.getHeader("Reply-To"));
        String subject = Text.clip(Text.oneLine(subject(message)), MAX_SUBJECT);
        String inReplyTo = MessageIdTokens.first(Text.header(message, "In-Reply-To"));
        List<String> references = MessageIdTokens.all(message.getHeader("References"));
        BodyParts body = BodyParts.of(message);
        String html = body.html.isEmpty() ? null : body.html.get(0);
        String text = Text.clean(!body.plain.isEmpty() ? String.join("\n\n", body.plain)
                : html == null ? "" : HtmlSanitizer.toText(html));
        HtmlSanitizer.Sanitized sanitized = html == null ? null : HtmlSanitizer.sanitize(Text.clean(html));
        MailKind kind = MailKinds.classify(name -> Text.header(message, name), sender == null ? null : sender.address(),
                subject, body);
        String bounced = kind == MailKind.BOUNCE ? MailKinds.bouncedMessageId(body, inReplyTo, references, text) : null;
        String diagnostic = kind == MailKind.BOUNCE ? Text.clean(MailKinds.diagnostic(body, text)) : null;
        String messageId = MessageIdTokens.first(Text.header(message, "Message-ID"));
        boolean derived = messageId == null;
        if (derived) {
            messageId = DerivedMessageIds.of(Text.header(message, "Date"), Text.header(message, "From"), subject, text);
        }
        String problem = body.problems.isEmpty() ? null
                : Text.clip(String.join(" ", new LinkedHashSet<>(body.problems)), 1000);
        return new ParsedMail(messageId, derived, sender == null ? null : sender.address(),
                sender == null ? null : Text.clean(sender.name()), Addresses.addressesOf(message.getHeader("To")),
                Addresses.addressesOf(message.getHeader("Cc")), replyTo.isEmpty() ? null : replyTo.get(0).address(),
                subject, sentAt(message), receivedAt, inReplyTo, references, headers(message), text,
                sanitized == null ? null : sanitized.html(), sanitized != null && sanitized.remoteContent(),
                body.attachments, kind, bounced, diagnostic, Previews.of(text), problem, problem == null ? null : raw);
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException | RuntimeException undecodable) {
            String raw = Text.header(message, "Subject");
            return raw == null ? "" : raw;
        }
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date date = message.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String headers(MimeMessage message) throws MessagingException {
        List<String> lines = new ArrayList<>(Collections.list(message.getAllHeaderLines()));
        return Text.clip(Text.clean(String.join("\n", lines)), MAX_HEADERS);
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.mime.allowutf8", "true");
        properties.put("mail.mime.address.strict", "false");
        return properties;
    }
}
