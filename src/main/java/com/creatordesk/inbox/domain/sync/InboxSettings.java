package com.creatordesk.inbox.domain.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inbox sync settings ({@code creatordesk.inbox.*}).
 *
 * @param syncEnabled   whether this instance syncs mailboxes at all
 * @param pollInterval  a full pass over INBOX and Sent at least this often, whatever IDLE reports
 * @param idleRefresh   how often IDLE is interrupted to renew claims and see Sync now requests; below the
 *                      IMAP read timeout (20 s), so a quiet connection is never mistaken for a dead one
 * @param claimCheck    how often the instance renews its claims and looks for mailboxes nobody syncs
 * @param claimTtl      a claim not renewed for this long may be taken by another instance
 * @param chunkSize     messages stored per transaction (with the folder's cursor)
 * @param chunkBytes    a chunk is also closed once its messages' raw sources reach this size
 * @param maxMailboxes  mailboxes one instance syncs at most (one connection and thread each)
 * @param backoffMin    first wait after a failed connection; doubles up to {@code backoffMax}, with jitter
 */
@ConfigurationProperties("creatordesk.inbox")
public record InboxSettings(@DefaultValue("true") boolean syncEnabled, @DefaultValue("60s") Duration pollInterval,
        @DefaultValue("10s") Duration idleRefresh, @DefaultValue("5s") Duration claimCheck,
        @DefaultValue("60s") Duration claimTtl, @DefaultValue("250") int chunkSize,
        @DefaultValue("32MB") org.springframework.util.unit.DataSize chunkBytes,
        @DefaultValue("200") int maxMailboxes, @DefaultValue("1s") Duration backoffMin,
        @DefaultValue("5m") Duration backoffMax) {
}
