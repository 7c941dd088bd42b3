package com.creatordesk.inbox.domain;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which app instance syncs which mailbox (mailbox_sync_claims). An instance takes a mailbox only when nobody
 * holds it or the holder's claim has expired, renews its claims while it lives, and every stored chunk
 * checks the claim is still its own, so an instance that stalled past its claim stops writing. Times are
 * the database's, the one clock all instances share.
 */
@Component
public class SyncClaims {

    private final JdbcTemplate jdbc;

    SyncClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean claim(UUID organization, String owner, Duration ttl) {
        if (jdbc.update("insert into mailbox_sync_claims (organization_id, owner, expires_at) "
                + "values (?, ?, now() + make_interval(secs => ?)) on conflict do nothing", organization, owner, seconds(ttl)) == 1) {
            return true;
        }
        return jdbc.update("update mailbox_sync_claims set owner = ?, expires_at = now() + make_interval(secs => ?) "
                + "where organization_id = ? and (expires_at < now() or owner = ?)", owner, seconds(ttl), organization, owner) == 1;
    }

    /** Extends every live claim of the owner; returns the mailboxes it still holds. */
    public Set<UUID> renew(String owner, Duration ttl) {
        return new HashSet<>(jdbc.queryForList("update mailbox_sync_claims set expires_at = now() + make_interval(secs => ?) "
                + "where owner = ? and expires_at >= now() returning organization_id", UUID.class, seconds(ttl), owner));
    }

    public boolean holds(UUID organization, String owner) {
        Integer held = jdbc.queryForObject("select count(*) from mailbox_sync_claims where organization_id = ? and owner = ? "
                + "and expires_at >= now()", Integer.class, organization, owner);
        return held != null && held > 0;
    }

    public void release(UUID organization, String owner) {
        jdbc.update("delete from mailbox_sync_claims where organization_id = ? and owner = ?", organization, owner);
    }

    public void releaseAll(String owner) {
        jdbc.update("delete from mailbox_sync_claims where owner = ?", owner);
    }

    private static double seconds(Duration ttl) {
        return ttl.toMillis() / 1000.0;
    }
}
