package com.creatordesk.inbox.domain;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the transactions that change an organization's threads (sync chunks, replies sent from the
 * app, outreach learned late), so two of them never build or merge the same thread at once. A PostgreSQL
 * advisory lock held until the transaction ends; works across app instances.
 */
@Component
class InboxLocks {

    /** The first key of the two-key advisory lock: the inbox module's own lock space. */
    private static final int INBOX = 0x1b0c5;

    private final JdbcTemplate jdbc;

    InboxLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lockThreadsOf(UUID organization) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", row -> { }, INBOX, organization.hashCode());
    }
}
