package com.creatordesk.inbox.domain;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Message-ID → thread index (email_thread_keys). Plain SQL, so every statement names the organization
 * itself; callers pass the organization their transaction works for.
 */
@Component
class ThreadKeys {

    private final JdbcTemplate jdbc;

    ThreadKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, UUID> find(UUID organization, Collection<String> messageIds) {
        Map<String, UUID> found = new HashMap<>();
        if (messageIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select message_id, thread_id from email_thread_keys where organization_id = ? and message_id = any(?)");
            statement.setObject(1, organization);
            statement.setArray(2, textArray(connection, messageIds));
            return statement;
        }, row -> {
            found.put(row.getString(1), row.getObject(2, UUID.class));
        });
        return found;
    }

    void save(UUID organization, Map<String, UUID> keys) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        keys.forEach((messageId, thread) -> rows.add(new Object[] {organization, messageId, thread}));
        jdbc.batchUpdate("insert into email_thread_keys (organization_id, message_id, thread_id) values (?, ?, ?) "
                + "on conflict (organization_id, message_id) do update set thread_id = excluded.thread_id", rows);
    }

    /** A merged thread's keys now name the thread it was merged into. */
    void moveAll(UUID organization, UUID from, UUID to) {
        jdbc.update("update email_thread_keys set thread_id = ? where organization_id = ? and thread_id = ?", to, organization, from);
    }

    static Array textArray(java.sql.Connection connection, Collection<String> values) throws java.sql.SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
