package com.creatordesk.inbox.domain.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads a sync pass works on besides its own: parsing (one per processor, shared by all mailboxes)
 * and storing (one per pass at a time), so reading from the server, parsing and writing to the database
 * overlap instead of taking turns.
 */
@Component
class SyncThreads implements DisposableBean {

    final ExecutorService parsers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
            daemon("inbox-sync-parse"));
    final ExecutorService storers = Executors.newCachedThreadPool(daemon("inbox-sync-store"));

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        parsers.shutdownNow();
        storers.shutdownNow();
    }
}
