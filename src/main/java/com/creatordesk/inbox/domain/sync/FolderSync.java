package com.creatordesk.inbox.domain.sync;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.FetchedChunk;
import com.creatordesk.inbox.domain.FolderCursors;
import com.creatordesk.inbox.domain.FolderCursors.Cursor;
import com.creatordesk.inbox.domain.MailStore;
import com.creatordesk.inbox.domain.MessageSource;
import com.creatordesk.inbox.domain.StoreResult;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.stereotype.Component;

/**
 * One incremental pass over one folder: the messages above the folder's cursor (all of them when the
 * folder's UIDVALIDITY changed or it was never synced), in one bulk fetch streamed from the server, stored
 * a chunk at a time: each chunk is one transaction that moves the cursor with it.
 */
@Component
class FolderSync {

    record PassResult(int stored, int duplicates, int unreadable, Long lagMillis) {
        static final PassResult NOTHING = new PassResult(0, 0, 0, null);

        PassResult plus(StoreResult chunk) {
            Long lag = chunk.lagMillis() != null ? chunk.lagMillis() : lagMillis;
            return new PassResult(stored + chunk.stored(), duplicates + chunk.duplicates(), unreadable + chunk.unreadable(), lag);
        }
    }

    private final FolderCursors cursors;
    private final MailStore store;
    private final UidFetchStream stream;
    private final SyncThreads threads;
    private final InboxSettings settings;

    FolderSync(FolderCursors cursors, MailStore store, UidFetchStream stream, SyncThreads threads, InboxSettings settings) {
        this.cursors = cursors;
        this.store = store;
        this.stream = stream;
        this.threads = threads;
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
        folder.open(Folder.READ_ONLY);
        try {
            long uidValidity = folder.getUIDValidity();
            long from = cursor.filter(c -> c.uidValidity() == uidValidity).map(c -> c.lastUid() + 1).orElse(1L);
            long next = folder.getUIDNext();
            if (folder.getMessageCount() == 0 || (next > 0 && next <= from)) {
                return PassResult.NOTHING;
            }
            // server dates have whole seconds: mail from the second the mailbox was registered in is news
            Instant historicalBefore = cursor.isEmpty() ? registeredAt.truncatedTo(ChronoUnit.SECONDS) : null;
            ChunkPipeline chunks = new ChunkPipeline(threads, store, settings.chunkSize(),
                    settings.chunkBytes().toBytes(), parsed -> new FetchedChunk(
                    organization, mailbox, folderName, source, uidValidity, parsed.get(parsed.size() - 1).uid(), parsed,
                    historicalBefore, claimOwner));
            try {
                stream.fetchFrom(folder, from, chunks);
            } catch (MessagingException connectionLost) {
                try {
                    chunks.finish(); // keep what arrived before the connection broke; the next pass goes on from there
                } catch (RuntimeException notStored) {
                    connectionLost.addSuppressed(notStored);
                }
                throw connectionLost;
            } catch (RuntimeException storingFailed) {
                // the rest of the answer is still on its way: drop the connection instead of reading it
                forceClose(folder);
                throw storingFailed;
            }
            return chunks.finish();
        } finally {
            close(folder);
        }
    }

    private static void forceClose(IMAPFolder folder) {
        try {
            folder.forceClose();
        } catch (MessagingException alreadyGone) {
            // nothing to release
        }
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
