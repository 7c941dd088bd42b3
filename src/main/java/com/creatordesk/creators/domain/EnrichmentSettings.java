package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enrichment from public profile pages ({@code creatordesk.creators.enrichment.*}).
 *
 * @param profileUrls per-platform profile link templates with a {@code {handle}} placeholder, overriding the
 *        public sites (tests point them at a local server)
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long the whole fetch of one page may take
 * @param maxBytes how much of a page is read at most
 * @param maxRedirects how many redirects are followed (only to http and https)
 * @param stuckAfter a job still pending or running after this long is picked up again by the scheduler
 */
@ConfigurationProperties("creatordesk.creators.enrichment")
public record EnrichmentSettings(
        Map<Platform, String> profileUrls,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1048576") int maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2m") Duration stuckAfter) {

    public EnrichmentSettings {
        profileUrls = profileUrls == null ? Map.of() : Map.copyOf(profileUrls);
    }
}
