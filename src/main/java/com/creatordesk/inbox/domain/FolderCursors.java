package com.creatordesk.inbox.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How far each folder of each mailbox is synced: the last UID stored, under the folder's UIDVALIDITY. */
@Component
public class FolderCursors {

    public record Cursor(long uidValidity, long lastUid) {
    }

    private final JdbcTemplate jdbc;

    FolderCursors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Cursor> find(UUID organization, String mailbox, String folder) {
        List<Cursor> found = jdbc.query("select uid_validity, last_uid from inbox_folder_cursors "
                        + "where organization_id = ? and mailbox = ? and folder = ?",
                (row, i) -> new Cursor(row.getLong(1), row.getLong(2)), organization, mailbox, folder);
        return found.stream().findFirst();
    }

    /** Never moves back within one UIDVALIDITY (two passes may overlap); a new UIDVALIDITY starts over. */
    void advance(UUID organization, String mailbox, String folder, long uidValidity, long lastUid, Instant now) {
        jdbc.update("insert into inbox_folder_cursors (organization_id, mailbox, folder, uid_validity, last_uid, updated_at) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (organization_id, mailbox, folder) do update set "
                + "last_uid = case when inbox_folder_cursors.uid_validity = excluded.uid_validity "
                + "then greatest(inbox_folder_cursors.last_uid, excluded.last_uid) else excluded.last_uid end, "
                + "uid_validity = excluded.uid_validity, updated_at = excluded.updated_at",
                organization, mailbox, folder, uidValidity, lastUid, Timestamp.from(now));
    }
}
