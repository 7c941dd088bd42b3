package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's row of sending limits and counters (native SQL: every statement names the
 * organization). The worker locks the row while it claims messages, so instances share the limits.
 */
@Component
public class SendingLimits {

    private static final String COLUMNS = "rate_per_minute, daily_cap, window_started_at, window_count, quota_day, quota_used";

    private final JdbcTemplate jdbc;
    private final OutreachProperties defaults;
    private final Clock clock;

    SendingLimits(JdbcTemplate jdbc, OutreachProperties defaults, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
    }

    public OutreachProperties defaults() {
        return defaults;
    }

    @Transactional(readOnly = true)
    public SendingLimitState read(OrganizationId organization) {
        List<SendingLimitState> rows = jdbc.query("select " + COLUMNS + " from outreach_sending_limits where organization_id = ?",
                SendingLimits::state, organization.value());
        return rows.isEmpty() ? SendingLimitState.unused() : rows.get(0);
    }

    /** Today's cap is used up: queued emails show "Waiting for tomorrow's quota". */
    public boolean quotaReached(OrganizationId organization) {
        return read(organization).quotaReached(clock.instant(), defaults);
    }

    /** New limits; null keeps the application's default. */
    @Transactional
    public void change(OrganizationId organization, Integer ratePerMinute, Integer dailyCap) {
        jdbc.update("insert into outreach_sending_limits (organization_id, rate_per_minute, daily_cap) values (?, ?, ?) "
                + "on conflict (organization_id) do update set rate_per_minute = excluded.rate_per_minute, "
                + "daily_cap = excluded.daily_cap", organization.value(), ratePerMinute, dailyCap);
    }

    /** Locks the organization's row until the (required) surrounding transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    SendingLimitState lock(OrganizationId organization) {
        jdbc.update("insert into outreach_sending_limits (organization_id) values (?) on conflict do nothing",
                organization.value());
        return jdbc.queryForObject("select " + COLUMNS + " from outreach_sending_limits where organization_id = ? for update",
                SendingLimits::state, organization.value());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void store(OrganizationId organization, SendingLimitState state) {
        jdbc.update("update outreach_sending_limits set window_started_at = ?, window_count = ?, quota_day = ?, quota_used = ? "
                + "where organization_id = ?", Sql.timestamp(state.windowStartedAt()),
                state.windowCount(), state.quotaDay(), state.quotaUsed(),
                organization.value());
    }

    private static SendingLimitState state(ResultSet rs, int row) throws SQLException {
        OffsetDateTime window = rs.getObject("window_started_at", OffsetDateTime.class);
        return new SendingLimitState((Integer) rs.getObject("rate_per_minute"), (Integer) rs.getObject("daily_cap"),
                window == null ? null : window.toInstant(), rs.getInt("window_count"),
                rs.getObject("quota_day", LocalDate.class), rs.getInt("quota_used"));
    }
}
