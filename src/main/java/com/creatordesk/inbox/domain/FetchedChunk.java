package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import java.time.Instant;
import java.util.List;

/**
 * Messages fetched from one folder, stored in one transaction together with the folder's new cursor.
 *
 * @param mailbox          the team address: the mailbox the folder belongs to
 * @param lastUid          the highest UID of the chunk; the cursor moves there
 * @param historicalBefore mail received before this is history found on the first sync: stored without
 *                         announcing it as newly received (null: everything is new)
 * @param claimOwner       the sync claim the writer must still hold, or null when not syncing under a claim
 */
public record FetchedChunk(OrganizationId organization, String mailbox, String folder, MessageSource source,
        long uidValidity, long lastUid, List<Fetched> messages, Instant historicalBefore, String claimOwner) {

    public FetchedChunk {
        messages = List.copyOf(messages);
    }
}
