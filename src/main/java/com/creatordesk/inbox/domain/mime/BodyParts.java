package com.creatordesk.inbox.domain.mime;

import com.creatordesk.inbox.domain.mime.ParsedMail.Attachment;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a message's MIME tree once: the readable text and HTML, the attachments' names and sizes, and the
 * pieces of a delivery report (its status fields and the headers of the email that failed).
 */
final class BodyParts {

    private static final int MAX_DEPTH = 30;

    final List<String> plain = new ArrayList<>();
    final List<String> html = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    boolean report;
    String deliveryStatus;
    String originalHeaders;

    static BodyParts of(Part message) {
        BodyParts parts = new BodyParts();
        parts.walk(message, 0);
        return parts;
    }

    private void walk(Part part, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add("The message is nested too deeply; the innermost parts are not shown.");
            return;
        }
        String type = PartContent.baseType(part);
        if (type.startsWith("multipart/")) {
            report |= type.equals("multipart/report");
            walkChildren(part, depth);
            return;
        }
        switch (type) {
            case "message/delivery-status", "message/global-delivery-status" -> deliveryStatus = PartContent.text(part, problems);
            case "text/rfc822-headers", "message/global-headers" -> originalHeaders = PartContent.text(part, problems);
            case "message/rfc822", "message/global" -> attachedMessage(part);
            default -> leaf(part, type);
        }
    }

    private void walkChildren(Part part, int depth) {
        Multipart multipart;
        int count;
        try {
            Object content = part.getContent();
            if (!(content instanceof Multipart parsed)) {
                plain.add(String.valueOf(content));
                return;
            }
            multipart = parsed;
            count = multipart.getCount();
        } catch (MessagingException | IOException | RuntimeException broken) {
            problems.add("The message's parts could not be told apart; its raw text is shown.");
            plain.add(PartContent.text(part, problems));
            return;
        }
        for (int i = 0; i < count; i++) {
            try {
                walk(multipart.getBodyPart(i), depth + 1);
            } catch (MessagingException | RuntimeException broken) {
                problems.add("A part of the message could not be read.");
            }
        }
    }

    private void leaf(Part part, String type) {
        boolean inline = !PartContent.isAttachment(part);
        if (inline && type.equals("text/plain")) {
            plain.add(PartContent.text(part, problems));
        } else if (inline && type.equals("text/html")) {
            html.add(PartContent.text(part, problems));
        } else {
            attachments.add(new Attachment(name(part, type), type, PartContent.size(part, problems)));
        }
    }

    /** A forwarded email is an attachment; inside a delivery report it is the email that failed. */
    private void attachedMessage(Part part) {
        try {
            if (part.getContent() instanceof MimeMessage attached) {
                if (report && originalHeaders == null) {
                    originalHeaders = String.join("\r\n", java.util.Collections.list(attached.getAllHeaderLines()));
                }
                String subject = attached.getSubject();
                attachments.add(new Attachment(PartContent.fileName(part) != null ? PartContent.fileName(part)
                        : (subject == null || subject.isBlank() ? "Attached email" : subject) + ".eml", "message/rfc822",
                        PartContent.size(part, problems)));
                return;
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            problems.add("An attached email could not be read.");
        }
        attachments.add(new Attachment(name(part, "message/rfc822"), "message/rfc822", PartContent.size(part, problems)));
    }

    private String name(Part part, String type) {
        String name = PartContent.fileName(part);
        if (name == null) {
            name = PartContent.parameter(part, "name");
        }
        if (name == null || name.isBlank()) {
            name = "Untitled " + type;
        }
        return name.length() > 500 ? name.substring(0, 500) : name;
    }
}
