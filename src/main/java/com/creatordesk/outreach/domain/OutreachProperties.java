package com.creatordesk.outreach.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outreach sending defaults. Each organization may set its own rate and daily cap (Outreach → Sending
 * limits); these apply when it has not.
 *
 * @param ratePerMinute emails an organization sends per minute at most
 * @param dailyCap      emails an organization sends per day (UTC) at most; the rest wait for the next day
 * @param batchSize     messages one worker claims at a time (the SMTP connection stays open across claims)
 * @param pollInterval  how often each instance looks for due messages
 * @param polling       whether this instance looks for due messages and unfinished ones by itself (tests drive
 *                      the worker explicitly instead); emails queued on an instance are sent at once either way
 */
@ConfigurationProperties("creatordesk.outreach")
public record OutreachProperties(@DefaultValue("60") int ratePerMinute, @DefaultValue("500") int dailyCap,
        @DefaultValue("50") int batchSize, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("true") boolean polling) {
}
