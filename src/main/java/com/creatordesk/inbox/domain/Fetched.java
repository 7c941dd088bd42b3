package com.creatordesk.inbox.domain;

import com.creatordesk.inbox.domain.mime.ParsedMail;
import java.time.Instant;

/**
 * One message fetched from a folder: parsed, or (when it could not be parsed at all) its raw source and why.
 *
 * @param receivedAt the server's INTERNALDATE
 */
public record Fetched(long uid, Instant receivedAt, ParsedMail mail, byte[] raw, String problem) {

    public static Fetched readable(long uid, ParsedMail mail) {
        return new Fetched(uid, mail.receivedAt(), mail, null, null);
    }

    public static Fetched unreadable(long uid, Instant receivedAt, byte[] raw, String problem) {
        return new Fetched(uid, receivedAt, null, raw, problem);
    }

    public boolean isReadable() {
        return mail != null;
    }
}
