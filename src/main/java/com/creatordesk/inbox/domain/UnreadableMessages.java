package com.creatordesk.inbox.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Messages that could not be parsed at all, kept as raw source for the sync status page. */
@Component
public class UnreadableMessages {

    public record Unreadable(UUID id, String folder, long uid, Instant receivedAt, String problem, int size, Instant storedAt) {
    }

    private final JdbcTemplate jdbc;

    UnreadableMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID organization, FetchedChunk chunk, Fetched fetched, Instant now) {
        jdbc.update("insert into inbox_unreadable_messages (id, organization_id, mailbox, folder, uid_validity, uid, "
                        + "received_at, problem, raw_source, stored_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                UUID.randomUUID(), organization, chunk.mailbox(), chunk.folder(), chunk.uidValidity(), fetched.uid(),
                fetched.receivedAt() == null ? null : Timestamp.from(fetched.receivedAt()),
                fetched.problem().length() > 1000 ? fetched.problem().substring(0, 999) + "…" : fetched.problem(),
                fetched.raw(), Timestamp.from(now));
    }

    public List<Unreadable> latest(UUID organization, int limit) {
        return jdbc.query("select id, folder, uid, received_at, problem, length(raw_source), stored_at "
                        + "from inbox_unreadable_messages where organization_id = ? order by stored_at desc, id limit ?",
                (row, i) -> new Unreadable(row.getObject(1, UUID.class), row.getString(2), row.getLong(3),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant(), row.getString(5), row.getInt(6),
                        row.getTimestamp(7).toInstant()), organization, limit);
    }

    public byte[] source(UUID organization, UUID id) {
        List<byte[]> found = jdbc.query("select raw_source from inbox_unreadable_messages where organization_id = ? and id = ?",
                (row, i) -> row.getBytes(1), organization, id);
        return found.isEmpty() ? null : found.get(0);
    }
}
