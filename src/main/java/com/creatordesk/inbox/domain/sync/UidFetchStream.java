package com.creatordesk.inbox.domain.sync;

import com.creatordesk.inbox.domain.Fetched;
import com.creatordesk.inbox.domain.mime.MimeReader;
import com.creatordesk.inbox.domain.mime.UnreadableMailException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.springframework.stereotype.Component;

/**
 * Every message from a UID on, in one bulk command ({@code UID FETCH from:* (UID INTERNALDATE BODY.PEEK[])}),
 * handed over one by one as the server streams them, unparsed. Jakarta Mail's {@code Folder.fetch(FetchProfile)} keeps
 * every response of the command, and every message's content in the folder's cache, until the folder is
 * closed, and needs a UID listing first. Here one pass is one command, and only the chunk being stored is
 * held in memory.
 */
@Component
class UidFetchStream {

    /** One message as the server sent it: its raw source, or null when the server could not send it. */
    record RawMessage(long uid, Instant receivedAt, byte[] source) {

        /** Parses it; a source that is no email at all is kept as unreadable, never thrown. */
        Fetched read() {
            if (source == null) {
                // the server could not hand this one over; the ones after it still come
                return Fetched.unreadable(uid, receivedAt, new byte[0], "The mail server did not send its content.");
            }
            try {
                return Fetched.readable(uid, MimeReader.read(source, receivedAt));
            } catch (UnreadableMailException e) {
                return Fetched.unreadable(uid, receivedAt, source, e.getMessage());
            }
        }
    }

    /** Receives each message as it arrives; may take its time (the server waits) before the next one is read. */
    interface Receiver {
        void accept(RawMessage message);
    }

    private final Clock clock;

    UidFetchStream(Clock clock) {
        this.clock = clock;
    }

    void fetchFrom(IMAPFolder folder, long fromUid, Receiver receiver) throws MessagingException {
        folder.doCommand(protocol -> {
            try {
                stream(protocol, fromUid, receiver);
            } catch (IOException e) {
                throw new ProtocolException("the connection broke during the fetch: " + e.getMessage(), e);
            }
            return null;
        });
    }

    private void stream(IMAPProtocol protocol, long fromUid, Receiver receiver) throws IOException, ProtocolException {
        String tag = protocol.writeCommand("UID FETCH " + fromUid + ":* (UID INTERNALDATE BODY.PEEK[])", null);
        while (true) {
            Response response = protocol.readResponse();
            if (response.isTagged() && tag.equals(response.getTag())) {
                protocol.handleResult(response);
                return;
            }
            if (response.isBYE()) {
                throw new ProtocolException("the server ended the connection during the fetch");
            }
            if (response instanceof FetchResponse fetch) {
                RawMessage message = raw(fetch, fromUid);
                if (message != null) {
                    receiver.accept(message);
                }
            }
            // other untagged news (EXISTS, flags) is for the next pass
        }
    }

    /** Null for the last message, which "from:*" answers even when its UID is below {@code from}. */
    private RawMessage raw(FetchResponse fetch, long fromUid) {
        UID uid = fetch.getItem(UID.class);
        if (uid == null || uid.uid < fromUid) {
            return null;
        }
        INTERNALDATE date = fetch.getItem(INTERNALDATE.class);
        Instant received = date != null && date.getDate() != null ? date.getDate().toInstant() : clock.instant();
        BODY body = fetch.getItem(BODY.class);
        return new RawMessage(uid.uid, received, body == null || body.getByteArray() == null ? null
                : body.getByteArray().getNewBytes());
    }
}
