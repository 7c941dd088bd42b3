package com.creatordesk.inbox.domain;

/**
 * What storing a chunk did.
 *
 * @param lagMillis how long the newest new message took from reaching the server to being stored, or null
 */
public record StoreResult(int stored, int duplicates, int unreadable, Long lagMillis) {
}
