package com.creatordesk.collaborations.tracking;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 17track carrier-tracking service. Without an API key nothing is sent anywhere and delivery statuses
 * are only updated by hand; with one, tracking numbers are registered and refreshed every {@code refreshInterval}.
 */
@ConfigurationProperties("creatordesk.tracking.seventeen-track")
public record SeventeenTrackProperties(String apiKey, URI baseUrl, Duration refreshInterval) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.17track.net/track/v2.2");

    public SeventeenTrackProperties {
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        refreshInterval = refreshInterval == null ? Duration.ofMinutes(15) : refreshInterval;
    }

    public boolean enabled() {
        return apiKey != null;
    }
}
