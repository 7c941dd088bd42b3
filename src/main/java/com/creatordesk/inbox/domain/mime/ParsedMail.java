package com.creatordesk.inbox.domain.mime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One email as the inbox keeps it, read from its raw source. Addresses are lower case; {@code html} is
 * already sanitised. {@code problem} says what could not be read; {@code raw} is kept only then.
 *
 * @param messageId        the Message-ID header with angle brackets, or a stable derived one
 * @param derivedMessageId whether {@code messageId} was derived because the header was missing
 * @param sentAt           the Date header, or null when missing or unreadable
 * @param receivedAt       when the server received it (IMAP INTERNALDATE), or when we sent it
 * @param bouncedMessageId for a delivery-failure notice, the Message-ID of the email that failed
 */
public record ParsedMail(String messageId, boolean derivedMessageId, String fromAddress, String fromName,
        List<String> to, List<String> cc, String replyTo, String subject, Instant sentAt, Instant receivedAt,
        String inReplyTo, List<String> references, String headers, String text, String html, boolean remoteContent,
        List<Attachment> attachments, MailKind kind, String bouncedMessageId, String diagnostic, String preview,
        String problem, byte[] raw) {

    public record Attachment(String fileName, String contentType, long size) {
    }

    public ParsedMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** Whether it answers another email (In-Reply-To or References), as opposed to a brand-new one. */
    public boolean isReply() {
        return inReplyTo != null || !references.isEmpty();
    }

    /** The Message-IDs that tie it to a thread: its own, those it refers to, and the one a bounce is about. */
    public Set<String> threadKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(messageId);
        if (inReplyTo != null) {
            keys.add(inReplyTo);
        }
        keys.addAll(references);
        if (bouncedMessageId != null) {
            keys.add(bouncedMessageId);
        }
        return keys;
    }

    /** Every address in From, To and Cc, From first, without repeats. */
    public List<String> addresses() {
        Set<String> all = new LinkedHashSet<>();
        if (fromAddress != null) {
            all.add(fromAddress);
        }
        all.addAll(to);
        all.addAll(cc);
        return new ArrayList<>(all);
    }
}
