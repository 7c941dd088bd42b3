package com.creatordesk.outreach.web;

import java.util.UUID;

/** Reads ids typed or chosen in forms leniently: blank or malformed is simply no id (the service says what's missing). */
final class Ids {

    private Ids() {
    }

    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
