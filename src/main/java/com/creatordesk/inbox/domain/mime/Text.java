package com.creatordesk.inbox.domain.mime;

import jakarta.mail.Part;

/** Small text chores for stored email: no NUL characters (PostgreSQL text can't hold them), bounded lengths. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    static String oneLine(String text) {
        return clean(text).replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String header(Part part, String name) {
        String value = PartContent.header(part, name);
        return value == null || value.isBlank() ? null : value;
    }
}
