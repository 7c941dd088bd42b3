package com.creatordesk.collaborations.tracking;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes delivery statuses from 17track on a schedule, when an API key is configured: each organization
 * with undelivered shipments in turn, bound to that organization. A rate limit ends the round; the next
 * round starts over. With several instances, one round runs at a time: a round holds a database lock (a
 * PostgreSQL advisory lock on a connection of its own) and an instance that finds it held skips its turn, so
 * 17track is asked once per round. Each change is still applied under the shipment's version.
 */
@Component
class TrackingJob {

    private static final Logger log = LoggerFactory.getLogger(TrackingJob.class);

    private final SeventeenTrackProperties properties;
    private final TrackingUpdates updates;
    private final JdbcTemplate jdbc;

    TrackingJob(SeventeenTrackProperties properties, TrackingUpdates updates, JdbcTemplate jdbc) {
        this.properties = properties;
        this.updates = updates;
        this.jdbc = jdbc;
    }

    static final String ROUND_LOCK = "select pg_try_advisory_lock(hashtextextended('collaborations.tracking-round', 0))";
    static final String ROUND_UNLOCK = "select pg_advisory_unlock(hashtextextended('collaborations.tracking-round', 0))";

    @Scheduled(fixedDelayString = "${creatordesk.tracking.seventeen-track.refresh-interval:PT15M}", initialDelayString = "PT1M")
    void refreshAll() {
        if (!properties.enabled()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                try (ResultSet locked = statement.executeQuery(ROUND_LOCK)) {
                    if (!locked.next() || !locked.getBoolean(1)) {
                        log.debug("Another instance is refreshing delivery statuses; skipping this round");
                        return null;
                    }
                }
                try {
                    round();
                } finally {
                    statement.execute(ROUND_UNLOCK);
                }
            }
            return null;
        });
    }

    private void round() {
        SeventeenTrackClient client = new SeventeenTrackClient(properties.baseUrl(), properties.apiKey());
        // Deliberately across organizations: which ones have work. Each one's work then runs bound to it.
        List<UUID> organizations = jdbc.queryForList(
                "select distinct organization_id from collaboration_shipments where status <> 'DELIVERED'", UUID.class);
        for (UUID organization : organizations) {
            try {
                Tenancy.runAs(new OrganizationId(organization), () -> updates.refresh(client));
            } catch (TrackingServiceException.RateLimited limited) {
                log.info("17track rate limit reached; the remaining shipments wait for the next round");
                return;
            } catch (RuntimeException failed) {
                log.warn("Tracking round failed for organization {}: {}", organization, failed.toString());
            }
        }
    }
}
