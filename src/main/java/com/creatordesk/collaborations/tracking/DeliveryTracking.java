package com.creatordesk.collaborations.tracking;

import org.springframework.stereotype.Component;

/** Whether shipments are followed by the tracking service, for screens that say so. */
@Component
public class DeliveryTracking {

    private final SeventeenTrackProperties properties;

    DeliveryTracking(SeventeenTrackProperties properties) {
        this.properties = properties;
    }

    public boolean enabled() {
        return properties.enabled();
    }
}
