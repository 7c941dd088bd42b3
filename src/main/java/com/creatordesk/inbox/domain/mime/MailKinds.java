package com.creatordesk.inbox.domain.mime;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells automatic replies and delivery-failure notices from email a person wrote (RFC 3834 Auto-Submitted,
 * the de-facto X-Autoreply / X-Autorespond / Precedence headers, RFC 3464 delivery reports, and the
 * MAILER-DAEMON / postmaster senders), and finds which email a notice is about.
 */
final class MailKinds {

    /** Reads one header of the message being classified. */
    interface Headers {
        String get(String name);
    }

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");
    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "auto_reply", "junk");
    private static final List<String> AUTO_REPLY_SUBJECTS = List.of("automatic reply", "auto reply", "auto-reply",
            "autoreply", "out of office", "out of the office", "abwesenheitsnotiz", "réponse automatique");
    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(?:[a-z0-9-]+;\\s*)?(.+(?:\\r?\\n[ \\t].+)*)");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([0-9.]+)");

    private MailKinds() {
    }

    static MailKind classify(Headers headers, String fromAddress, String subject, BodyParts body) {
        if (body.deliveryStatus != null || isDaemon(fromAddress)) {
            return MailKind.BOUNCE;
        }
        if (body.report) {
            // other reports (read receipts, feedback) are machine-written too
            return MailKind.AUTO_REPLY;
        }
        String autoSubmitted = headers.get("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return MailKind.AUTO_REPLY;
        }
        if (headers.get("X-Autoreply") != null || headers.get("X-Autorespond") != null
                || headers.get("X-Autoresponse") != null) {
            return MailKind.AUTO_REPLY;
        }
        String precedence = headers.get("Precedence");
        if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return MailKind.AUTO_REPLY;
        }
        String lower = subject.toLowerCase(Locale.ROOT);
        if (AUTO_REPLY_SUBJECTS.stream().anyMatch(lower::startsWith)) {
            return MailKind.AUTO_REPLY;
        }
        return MailKind.NORMAL;
    }

    /** The Message-ID of the email that could not be delivered: from the returned headers, else the references. */
    static String bouncedMessageId(BodyParts body, String inReplyTo, List<String> references, String text) {
        if (body.originalHeaders != null) {
            Matcher matcher = MESSAGE_ID_LINE.matcher(body.originalHeaders);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        if (inReplyTo != null) {
            return inReplyTo;
        }
        if (!references.isEmpty()) {
            return references.get(references.size() - 1);
        }
        Matcher inline = MESSAGE_ID_LINE.matcher(text);
        return inline.find() ? inline.group(1) : null;
    }

    /** Why delivery failed, in the server's words: Diagnostic-Code, else Status, else the notice's first line. */
    static String diagnostic(BodyParts body, String text) {
        if (body.deliveryStatus != null) {
            Matcher code = DIAGNOSTIC.matcher(body.deliveryStatus);
            if (code.find()) {
                return Text.clip(code.group(1).replaceAll("\\s+", " ").strip(), 1000);
            }
            Matcher status = STATUS.matcher(body.deliveryStatus);
            if (status.find()) {
                return "Delivery failed with status " + status.group(1) + ".";
            }
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().map(line -> Text.clip(line, 1000))
                .orElse("Delivery failed.");
    }

    private static boolean isDaemon(String address) {
        if (address == null) {
            return false;
        }
        int at = address.indexOf('@');
        return DAEMONS.contains(at < 0 ? address : address.substring(0, at));
    }
}
