package com.creatordesk.inbox.domain.sync;

import com.creatordesk.inbox.domain.Fetched;
import com.creatordesk.inbox.domain.FetchedChunk;
import com.creatordesk.inbox.domain.MailStore;
import com.creatordesk.inbox.domain.sync.FolderSync.PassResult;
import com.creatordesk.inbox.domain.sync.UidFetchStream.RawMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Turns a stream of raw messages into stored chunks: each message is parsed on the parse pool as it
 * arrives; every {@code chunkSize} messages (or {@code chunkBytes} of them) go, in order, to one store (one transaction, cursor at the
 * chunk's last UID) on a store thread while the next chunk is read. At most one store is in flight, so at
 * most two chunks are held in memory and a slow database slows the reading down, never the other way round.
 */
final class ChunkPipeline implements UidFetchStream.Receiver {

    private final SyncThreads threads;
    private final MailStore store;
    private final int chunkSize;
    private final long chunkBytes;
    private long fillingBytes;
    private final Function<List<Fetched>, FetchedChunk> chunkOf;
    private List<Future<Fetched>> filling = new ArrayList<>();
    private Future<PassResult> storing;
    private PassResult result = PassResult.NOTHING;

    ChunkPipeline(SyncThreads threads, MailStore store, int chunkSize, long chunkBytes,
            Function<List<Fetched>, FetchedChunk> chunkOf) {
        this.threads = threads;
        this.store = store;
        this.chunkSize = chunkSize;
        this.chunkBytes = chunkBytes;
        this.chunkOf = chunkOf;
    }

    @Override
    public void accept(RawMessage message) {
        filling.add(threads.parsers.submit(message::read));
        fillingBytes += message.source() == null ? 0 : message.source().length;
        if (filling.size() >= chunkSize || fillingBytes >= chunkBytes) {
            dispatch();
        }
    }

    /** Stores what was received so far and waits for it; the pass result. */
    PassResult finish() {
        dispatch();
        awaitStore();
        return result;
    }

    private void dispatch() {
        if (filling.isEmpty()) {
            return;
        }
        List<Future<Fetched>> chunk = filling;
        filling = new ArrayList<>();
        fillingBytes = 0;
        awaitStore();
        storing = threads.storers.submit(() -> {
            List<Fetched> parsed = new ArrayList<>(chunk.size());
            for (Future<Fetched> message : chunk) {
                parsed.add(message.get());
            }
            return PassResult.NOTHING.plus(store.store(chunkOf.apply(parsed)));
        });
    }

    private void awaitStore() {
        if (storing == null) {
            return;
        }
        try {
            PassResult stored = storing.get();
            result = new PassResult(result.stored() + stored.stored(), result.duplicates() + stored.duplicates(),
                    result.unreadable() + stored.unreadable(), stored.lagMillis() != null ? stored.lagMillis() : result.lagMillis());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        } finally {
            storing = null;
        }
    }
}
