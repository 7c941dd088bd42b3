package com.creatordesk.inbox.domain.mime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable stand-in for a missing Message-ID: the same email read twice (a re-sync, a second copy) gets
 * the same id, so it is stored once.
 */
final class DerivedMessageIds {

    static final String DOMAIN = "derived.creatordesk.invalid";

    private DerivedMessageIds() {
    }

    static String of(String date, String from, String subject, String text) {
        String body = hex(digest(text == null ? "" : text));
        String seed = String.join("\n", date == null ? "" : date.strip(), from == null ? "" : from.strip(),
                subject == null ? "" : subject, body);
        return "<" + hex(digest(seed)).substring(0, 40) + "@" + DOMAIN + ">";
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
