package com.creatordesk.creators.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A position in a sorted list: the sort value and id of a row, and whether to read the rows after it or
 * before it. Written into links as an opaque token; a tampered token simply starts from the first page.
 */
public record PageCursor(String key, UUID id, boolean before) {

    public String token() {
        String raw = (before ? "b" : "a") + id + (key == null ? "" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<PageCursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            boolean before = raw.charAt(0) == 'b';
            UUID id = UUID.fromString(raw.substring(1, 37));
            return Optional.of(new PageCursor(raw.substring(37), id, before));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
