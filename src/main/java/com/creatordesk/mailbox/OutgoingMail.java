package com.creatordesk.mailbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One email to send from the organization's team mailbox. The sender address is always the mailbox's own;
 * {@code fromName} only overrides the display name. {@code messageId} may be pre-generated with
 * {@link MessageIds#generate} so the caller can record it before sending; when null, one is generated.
 * Build with {@link #to(String, String, String)} and the {@code with...} methods.
 *
 * @param fromName   display name instead of the mailbox's sender name, or null
 * @param to         recipients (at least one)
 * @param subject    subject line
 * @param text       plain-text body
 * @param html       optional HTML alternative, or null
 * @param headers    extra headers such as List-Unsubscribe (not From, To, Subject, Message-ID, ...)
 * @param inReplyTo  Message-ID this replies to, or null
 * @param references Message-IDs of the thread, oldest first
 * @param messageId  {@code <id@domain>}, or null to generate one
 */
public record OutgoingMail(String fromName, List<String> to, String subject, String text, String html,
        Map<String, String> headers, String inReplyTo, List<String> references, String messageId) {

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
            "in-reply-to", "references", "sender", "mime-version", "content-type", "content-transfer-encoding");

    public OutgoingMail {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        to = List.copyOf(to);
        subject = oneLine(subject == null ? "" : subject);
        text = text == null ? "" : text;
        fromName = fromName == null ? null : oneLine(fromName);
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach((name, value) -> {
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT)) || !HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("header " + name + " can't be set as an extra header");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + " must be one line");
            }
        });
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static OutgoingMail to(String recipient, String subject, String text) {
        return new OutgoingMail(null, List.of(recipient), subject, text, null, null, null, null, null);
    }

    public OutgoingMail withFromName(String name) {
        return new OutgoingMail(name, to, subject, text, html, headers, inReplyTo, references, messageId);
    }

    public OutgoingMail withHtml(String htmlBody) {
        return new OutgoingMail(fromName, to, subject, text, htmlBody, headers, inReplyTo, references, messageId);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(fromName, to, subject, text, html, more, inReplyTo, references, messageId);
    }

    /** Makes this a reply: In-Reply-To the given message, References = its references plus it. */
    public OutgoingMail asReplyTo(String parentMessageId, List<String> parentReferences) {
        List<String> thread = new ArrayList<>(parentReferences == null ? List.of() : parentReferences);
        if (!thread.contains(parentMessageId)) {
            thread.add(parentMessageId);
        }
        return new OutgoingMail(fromName, to, subject, text, html, headers, parentMessageId, thread, messageId);
    }

    public OutgoingMail withMessageId(String id) {
        return new OutgoingMail(fromName, to, subject, text, html, headers, inReplyTo, references, id);
    }

    private static String oneLine(String value) {
        return LINE_BREAKS.matcher(value).replaceAll(" ");
    }
}
