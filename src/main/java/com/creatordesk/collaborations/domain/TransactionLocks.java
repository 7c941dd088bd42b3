package com.creatordesk.collaborations.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Named locks held until the current transaction ends, across instances: for listeners whose second delivery
 * may run while the first is still running (the publication registry hands an event over again on a restart,
 * and another instance may still be working on it). The second waits, then sees what the first committed.
 * PostgreSQL advisory locks with one 64-bit key hashed from the name: a key space apart from the two-key
 * locks other modules take.
 */
@Component
class TransactionLocks {

    private final JdbcTemplate jdbc;

    TransactionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a transaction; names carry the organization or record they guard. */
    void lock(String name) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> { }, name);
    }
}
