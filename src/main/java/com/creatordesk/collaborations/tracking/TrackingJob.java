package com.creatordesk.collaborations.tracking;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes delivery statuses from 17track on a schedule, when an API key is configured: each organization
 * with undelivered shipments in turn, bound to that organization. A rate limit ends the round; the next
 * round starts over. Several instances may run it: each change is applied under the shipment's version, so
 * a round that loses a race fails for that organization instead of writing twice.
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

    @Scheduled(fixedDelayString = "${creatordesk.tracking.seventeen-track.refresh-interval:PT15M}", initialDelayString = "PT1M")
    void refreshAll() {
        if (!properties.enabled()) {
            return;
        }
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
