package com.creatordesk.outreach.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** When to try again after a temporary failure: 1, 5, 15 and 60 minutes, then the message fails. */
public final class Backoff {

    static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60));

    private Backoff() {
    }

    /** The wait after the given (1-based) failed attempt, or empty when that was the last one. */
    public static Optional<Duration> after(int attempt) {
        return attempt >= 1 && attempt <= DELAYS.size() ? Optional.of(DELAYS.get(attempt - 1)) : Optional.empty();
    }

    public static int maxAttempts() {
        return DELAYS.size() + 1;
    }
}
