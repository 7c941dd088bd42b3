package com.creatordesk.outreach.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An organization's sending limits and how much of them is used: a one-minute window for the rate and a
 * UTC day for the daily cap. A null limit means the application's default.
 */
public record SendingLimitState(Integer ratePerMinute, Integer dailyCap, Instant windowStartedAt, int windowCount,
        LocalDate quotaDay, int quotaUsed) {

    static final Duration WINDOW = Duration.ofMinutes(1);

    public static SendingLimitState unused() {
        return new SendingLimitState(null, null, null, 0, null, 0);
    }

    public int rate(OutreachProperties defaults) {
        return ratePerMinute != null ? ratePerMinute : defaults.ratePerMinute();
    }

    public int cap(OutreachProperties defaults) {
        return dailyCap != null ? dailyCap : defaults.dailyCap();
    }

    /** How many emails may be sent right now. */
    public int allowance(Instant now, OutreachProperties defaults) {
        int inWindow = windowOpen(now) ? windowCount : 0;
        return Math.max(0, Math.min(rate(defaults) - inWindow, cap(defaults) - usedOn(day(now))));
    }

    /** Counts {@code sent} more emails at {@code now}. */
    public SendingLimitState take(int sent, Instant now) {
        boolean open = windowOpen(now);
        LocalDate today = day(now);
        return new SendingLimitState(ratePerMinute, dailyCap, open ? windowStartedAt : now,
                (open ? windowCount : 0) + sent, today, usedOn(today) + sent);
    }

    /** Today's cap is reached: queued emails wait for tomorrow. */
    public boolean quotaReached(Instant now, OutreachProperties defaults) {
        return usedOn(day(now)) >= cap(defaults);
    }

    public int usedOn(LocalDate day) {
        return day.equals(quotaDay) ? quotaUsed : 0;
    }

    private boolean windowOpen(Instant now) {
        return windowStartedAt != null && now.isBefore(windowStartedAt.plus(WINDOW)) && !now.isBefore(windowStartedAt);
    }

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
