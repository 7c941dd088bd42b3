package com.creatordesk.outreach.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This instance's identity as an outbox worker, and the heartbeats that tell which workers are alive. A
 * message claimed by a worker whose heartbeat stopped (the instance died) is recovered by another one.
 */
@Component
public class OutboxWorkers implements DisposableBean {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration PRESUMED_DEAD = Duration.ofSeconds(45);

    private final UUID self = UUID.randomUUID();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxWorkers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        beat();
    }

    public UUID self() {
        return self;
    }

    @Scheduled(fixedRate = 10_000, initialDelay = 10_000)
    void beat() {
        jdbc.update("insert into outreach_workers (instance_id, heartbeat_at) values (?, ?) "
                + "on conflict (instance_id) do update set heartbeat_at = excluded.heartbeat_at",
                self, Sql.timestamp(clock.instant()));
    }

    /** Workers with a recent heartbeat, this one always included. */
    public Set<UUID> alive() {
        Set<UUID> alive = new HashSet<>(jdbc.queryForList("select instance_id from outreach_workers where heartbeat_at > ?",
                UUID.class, Sql.timestamp(clock.instant().minus(PRESUMED_DEAD))));
        alive.add(self);
        return alive;
    }

    /** A worker that stops cleanly says so, so its (finished) claims need no waiting. */
    @Override
    public void destroy() {
        jdbc.update("delete from outreach_workers where instance_id = ? or heartbeat_at < ?", self,
                Sql.timestamp(clock.instant().minus(Duration.ofDays(1))));
    }
}
