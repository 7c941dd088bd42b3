package com.creatordesk.inbox.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mailboxes the inbox syncs (inbox_mailboxes) and how each sync is going. An organization's mailbox is
 * registered the first time it needs an inbox; from then on some app instance keeps it synced.
 */
@Component
public class SyncedMailboxes {

    /** A registered mailbox and whether some instance holds a live claim on it. */
    public record Registered(UUID organization, Instant registeredAt, String sandboxInstance, Instant syncRequestedAt,
            String claimOwner, boolean claimLive) {
    }

    public record Health(Instant registeredAt, boolean connected, Boolean idleSupported, Instant lastAttemptAt,
            Instant lastSuccessAt, String lastError, Instant lastErrorAt, Long lastLagMs, Instant syncRequestedAt) {
    }

    private final JdbcTemplate jdbc;
    private volatile Runnable onRegistered = () -> { };

    SyncedMailboxes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Idempotent; {@code instance} is the app instance whose sandbox mail server would hold the mailbox's mail.
     * A new registration (or a move to another sandbox) is announced to {@link #onRegistered} once committed.
     */
    public void register(UUID organization, String instance, Instant now) {
        int changed = jdbc.update("insert into inbox_mailboxes (organization_id, registered_at, sandbox_instance) values (?, ?, ?) "
                + "on conflict (organization_id) do update set sandbox_instance = excluded.sandbox_instance "
                + "where inbox_mailboxes.sandbox_instance is distinct from excluded.sandbox_instance",
                organization, Timestamp.from(now), instance);
        if (changed > 0) {
            afterCommit(onRegistered);
        }
    }

    /** What to do when a mailbox was registered: the sync claims it at once instead of at its next check. */
    public void onRegistered(Runnable action) {
        this.onRegistered = action;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    public List<Registered> all() {
        return jdbc.query("select m.organization_id, m.registered_at, m.sandbox_instance, m.sync_requested_at, c.owner, "
                + "coalesce(c.expires_at >= now(), false) from inbox_mailboxes m "
                + "left join mailbox_sync_claims c on c.organization_id = m.organization_id",
                (row, i) -> new Registered(row.getObject(1, UUID.class), instant(row.getTimestamp(2)), row.getString(3),
                        instant(row.getTimestamp(4)), row.getString(5), row.getBoolean(6)));
    }

    public Optional<Health> health(UUID organization) {
        return jdbc.query("select registered_at, connected, idle_supported, last_attempt_at, last_success_at, last_error, "
                + "last_error_at, last_lag_ms, sync_requested_at from inbox_mailboxes where organization_id = ?", HEALTH,
                organization).stream().findFirst();
    }

    public void connected(UUID organization, boolean idleSupported, Instant now) {
        jdbc.update("update inbox_mailboxes set connected = true, idle_supported = ?, last_attempt_at = ? where organization_id = ?",
                idleSupported, Timestamp.from(now), organization);
    }

    public void succeeded(UUID organization, Long lagMillis, Instant now) {
        jdbc.update("update inbox_mailboxes set connected = true, last_attempt_at = ?, last_success_at = ?, last_error = null, "
                + "last_lag_ms = coalesce(?, last_lag_ms) where organization_id = ?",
                Timestamp.from(now), Timestamp.from(now), lagMillis, organization);
    }

    public void failed(UUID organization, String error, Instant now) {
        String shortened = error == null ? "Unknown error" : error.length() > 2000 ? error.substring(0, 1999) + "…" : error;
        jdbc.update("update inbox_mailboxes set connected = false, last_attempt_at = ?, last_error = ?, last_error_at = ? "
                + "where organization_id = ?", Timestamp.from(now), shortened, Timestamp.from(now), organization);
    }

    public void disconnected(UUID organization) {
        jdbc.update("update inbox_mailboxes set connected = false where organization_id = ?", organization);
    }

    public void requestSync(UUID organization, Instant now) {
        jdbc.update("update inbox_mailboxes set sync_requested_at = ? where organization_id = ?", Timestamp.from(now), organization);
    }

    /** Clears a Sync now request answered by a pass that started after it was made. */
    public void syncRequestAnswered(UUID organization, Instant passStarted) {
        jdbc.update("update inbox_mailboxes set sync_requested_at = null where organization_id = ? and sync_requested_at <= ?",
                organization, Timestamp.from(passStarted));
    }

    private static final RowMapper<Health> HEALTH = (row, i) -> new Health(instant(row.getTimestamp(1)), row.getBoolean(2),
            (Boolean) row.getObject(3), instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), row.getString(6),
            instant(row.getTimestamp(7)), (Long) row.getObject(8), instant(row.getTimestamp(9)));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
