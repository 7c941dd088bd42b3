package com.creatordesk.outreach.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Parameter conversions for the module's native SQL (the PostgreSQL driver takes OffsetDateTime for timestamptz). */
final class Sql {

    private Sql() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
