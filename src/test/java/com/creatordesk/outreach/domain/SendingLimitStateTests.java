package com.creatordesk.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendingLimitStateTests {

    static final OutreachProperties DEFAULTS = new OutreachProperties(60, 500, 50, Duration.ofSeconds(2), true);
    static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

    @Test
    void theRateCountsOneMinuteWindowsAndTheCapAUtcDay() {
        SendingLimitState limits = new SendingLimitState(3, 5, null, 0, null, 0);

        assertThat(limits.allowance(NOON, DEFAULTS)).isEqualTo(3);
        SendingLimitState afterThree = limits.take(3, NOON);
        assertThat(afterThree.allowance(NOON.plusSeconds(59), DEFAULTS)).isZero();
        assertThat(afterThree.allowance(NOON.plusSeconds(60), DEFAULTS)).as("a new minute").isEqualTo(2);
        SendingLimitState capped = afterThree.take(2, NOON.plusSeconds(60));
        assertThat(capped.quotaReached(NOON.plusSeconds(120), DEFAULTS)).isTrue();
        assertThat(capped.allowance(NOON.plusSeconds(120), DEFAULTS)).isZero();
        assertThat(capped.allowance(Instant.parse("2026-05-05T00:00:00Z"), DEFAULTS)).as("the next UTC day").isEqualTo(3);
    }

    @Test
    void withoutItsOwnLimitsAnOrganizationGetsTheDefaults() {
        assertThat(SendingLimitState.unused().rate(DEFAULTS)).isEqualTo(60);
        assertThat(SendingLimitState.unused().cap(DEFAULTS)).isEqualTo(500);
        assertThat(SendingLimitState.unused().allowance(NOON, DEFAULTS)).isEqualTo(60);
    }
}
