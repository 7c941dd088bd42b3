package com.creatordesk.outreach.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A keyset position in a newest-first list: the last row's time and id. Written into links as
 * {@code <epoch micros>_<id>}; a malformed one starts from the top.
 */
public record Cursor(Instant at, UUID id) {

    public String token() {
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        return micros + "_" + id;
    }

    public static Optional<Cursor> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            int underscore = token.indexOf('_');
            long micros = Long.parseLong(token.substring(0, underscore));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            return Optional.of(new Cursor(at, UUID.fromString(token.substring(underscore + 1))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
