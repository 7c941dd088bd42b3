package com.creatordesk.inbox.domain.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between reconnection attempts: doubling from a minimum to a maximum, each wait randomised between
 * half and all of it, so many mailboxes failing together don't retry in step. A wait ends early on
 * {@link #wake()} (Sync now, shutdown).
 */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private int failures;
    private boolean woken;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    long nextDelayMillis() {
        long ceiling = Math.min(max.toMillis(), min.toMillis() << Math.min(failures, 20));
        failures++;
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    synchronized void pause() throws InterruptedException {
        long until = System.currentTimeMillis() + nextDelayMillis();
        while (!woken) {
            long left = until - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        woken = false;
    }

    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    synchronized void reset() {
        failures = 0;
    }
}
