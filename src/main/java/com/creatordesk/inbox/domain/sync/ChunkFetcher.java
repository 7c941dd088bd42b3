package com.creatordesk.inbox.domain.sync;

import com.creatordesk.inbox.domain.Fetched;
import com.creatordesk.inbox.domain.mime.MimeReader;
import com.creatordesk.inbox.domain.mime.UnreadableMailException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.stereotype.Component;

/**
 * Fetches the whole messages of a UID range in one bulk FETCH and reads them. The folder is opened for
 * the chunk only, so the messages it caches are let go once the chunk is done, however big the mailbox.
 */
@Component
class ChunkFetcher {

    private static final FetchProfile WHOLE_MESSAGES = new FetchProfile();

    static {
        WHOLE_MESSAGES.add(UIDFolder.FetchProfileItem.UID);
        WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private final Clock clock;

    ChunkFetcher(Clock clock) {
        this.clock = clock;
    }

    List<Fetched> fetch(Store imap, String folderName, long uidValidity, long firstUid, long lastUid) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) imap.getFolder(folderName);
        folder.open(Folder.READ_ONLY);
        try {
            if (folder.getUIDValidity() != uidValidity) {
                throw new FolderSync.UidValidityChanged(folderName);
            }
            Message[] messages = folder.getMessagesByUID(firstUid, lastUid);
            folder.fetch(messages, WHOLE_MESSAGES);
            List<Fetched> fetched = new ArrayList<>(messages.length);
            for (Message message : messages) {
                if (message != null) {
                    fetched.add(read(folder, message));
                }
            }
            return fetched;
        } finally {
            FolderSync.close(folder);
        }
    }

    private Fetched read(IMAPFolder folder, Message message) throws MessagingException {
        long uid = folder.getUID(message);
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : clock.instant();
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (FolderClosedException | StoreClosedException connectionLost) {
            throw connectionLost;
        } catch (IOException | MessagingException e) {
            // the server could not hand this one over; the ones after it still come
            return Fetched.unreadable(uid, received, new byte[0], "It could not be downloaded (" + e.getMessage() + ").");
        }
        try {
            return Fetched.readable(uid, MimeReader.read(raw, received));
        } catch (UnreadableMailException e) {
            return Fetched.unreadable(uid, received, raw, e.getMessage());
        }
    }
}
