package com.creatordesk.mailbox.sandbox;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import jakarta.mail.MessagingException;

/** The readable text of a message: its plain-text part, else its HTML part with the tags removed. */
final class MessageBodies {

    private MessageBodies() {
    }

    static String text(Part message) throws MessagingException, IOException {
        String plain = find(message, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(message, "text/html");
        return html == null ? "" : html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]+>", "").strip();
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && part.getContent() instanceof String text) {
            return text;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
