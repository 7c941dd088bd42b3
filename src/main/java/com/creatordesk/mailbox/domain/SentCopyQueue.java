package com.creatordesk.mailbox.domain;

import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a batch's Sent copies on a thread (and IMAP connection) of its own, so the next email goes out over
 * SMTP while the last one's copy is appended. At most {@link #WAITING} copies wait: sending stops a little
 * ahead of copying, never far, since a copy not kept yet is an email recovery could not find after a crash.
 * Each copy's future completes once it was kept or given up ({@link SentCopies} never fails the caller);
 * closing waits for every copy.
 */
final class SentCopyQueue implements AutoCloseable {

    /**
     * A crash can leave at most this many accepted emails plus the one just sent without a copy, and recovery
     * sends those again. 16 was about 12% faster in the bulk-send benchmark and allowed 17 such resends.
     */
    static final int WAITING = 2;

    private final SentCopies copies;
    private final Semaphore room = new Semaphore(WAITING);
    private ExecutorService copier;

    SentCopyQueue(SentCopies copies) {
        this.copies = copies;
    }

    CompletableFuture<Void> keep(String messageId, MimeMessage message) {
        if (copies.gaveUp()) {
            return CompletableFuture.completedFuture(null);
        }
        if (copier == null) {
            copier = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "mailbox-sent-copies");
                thread.setDaemon(true);
                return thread;
            });
        }
        room.acquireUninterruptibly();
        return CompletableFuture.runAsync(() -> {
            try {
                copies.keep(messageId, message);
            } finally {
                room.release();
            }
        }, copier);
    }

    @Override
    public void close() {
        if (copier == null) {
            copies.close();
            return;
        }
        copier.execute(copies::close);
        copier.shutdown();
        try {
            // each copy is bounded by the IMAP timeouts, and after one fails the others are skipped
            while (!copier.awaitTermination(1, TimeUnit.MINUTES)) {
                // still copying: keep waiting
            }
        } catch (InterruptedException e) {
            // the copies go on; whoever waits for their futures still does
            Thread.currentThread().interrupt();
        }
    }
}
