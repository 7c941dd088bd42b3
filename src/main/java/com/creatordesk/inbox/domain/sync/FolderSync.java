package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.FetchedChunk;
import com.creatordesk.inbox.domain.FolderCursors;
import com.creatordesk.inbox.domain.FolderCursors.Cursor;
import com.creatordesk.inbox.domain.MailStore;
import com.creatordesk.inbox.domain.MessageSource;
import com.creatordesk.inbox.domain.StoreResult;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.stereotype.Component;

/**
 * One incremental pass over one folder: the UIDs above the folder's cursor (all of them when the folder's
 * UIDVALIDITY changed or it was never synced), fetched and stored a chunk at a time. Each chunk is one
 * bulk FETCH of whole messages for a UID range and one transaction that moves the cursor with it.
 */
@Component
class FolderSync {

    /** The folder was recreated under our feet; the next pass starts it over. */
    static class UidValidityChanged extends MessagingException {
        UidValidityChanged(String folder) {
            super("UIDVALIDITY of " + folder + " changed during the sync");
        }
    }

    record PassResult(int stored, int duplicates, int unreadable, Long lagMillis) {
        static final PassResult NOTHING = new PassResult(0, 0, 0, null);

        PassResult plus(StoreResult chunk) {
            Long lag = chunk.lagMillis() != null ? chunk.lagMillis() : lagMillis;
            return new PassResult(stored + chunk.stored(), duplicates + chunk.duplicates(), unreadable + chunk.unreadable(), lag);
        }
    }

    private final FolderCursors cursors;
    private final MailStore store;
    private final ChunkFetcher fetcher;
    private final InboxSettings settings;

    FolderSync(FolderCursors cursors, MailStore store, ChunkFetcher fetcher, InboxSettings settings) {
        this.cursors = cursors;
        this.store = store;
        this.fetcher = fetcher;
        this.settings = settings;
    }

    /** @param registeredAt mail received before it, found on the folder's first sync, is history, not news */
    PassResult sync(Store imap, OrganizationId organization, String mailbox, String folderName, MessageSource source,
            Instant registeredAt, String claimOwner) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) imap.getFolder(folderName);
        if (!folder.exists()) {
            return PassResult.NOTHING;
        }
        Optional<Cursor> cursor = cursors.find(organization.value(), mailbox, folderName);
        long uidValidity;
        List<Long> uids;
        folder.open(Folder.READ_ONLY);
        try {
            uidValidity = folder.getUIDValidity();
            long from = cursor.filter(c -> c.uidValidity() == uidValidity).map(c -> c.lastUid() + 1).orElse(1L);
            uids = newUids(folder, from);
        } finally {
            close(folder);
        }
        Instant historicalBefore = cursor.isEmpty() ? registeredAt : null;
        PassResult result = PassResult.NOTHING;
        for (int start = 0; start < uids.size(); start += settings.chunkSize()) {
            List<Long> chunk = uids.subList(start, Math.min(uids.size(), start + settings.chunkSize()));
            var fetched = fetcher.fetch(imap, folderName, uidValidity, chunk.get(0), chunk.get(chunk.size() - 1));
            result = result.plus(store.store(new FetchedChunk(organization, mailbox, folderName, source, uidValidity,
                    chunk.get(chunk.size() - 1), fetched, historicalBefore, claimOwner)));
        }
        return result;
    }

    private static List<Long> newUids(IMAPFolder folder, long from) throws MessagingException {
        long next = folder.getUIDNext();
        if (folder.getMessageCount() == 0 || (next > 0 && next <= from)) {
            return List.of();
        }
        List<Long> uids = new ArrayList<>();
        // "from:*" also answers the last message when every UID is below from: keep only the new ones
        for (Message message : folder.getMessagesByUID(from, UIDFolder.LASTUID)) {
            long uid = folder.getUID(message);
            if (uid >= from) {
                uids.add(uid);
            }
        }
        uids.sort(Long::compare);
        return uids;
    }

    static void close(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException alreadyGone) {
            // the connection broke; nothing to release
        }
    }
}
