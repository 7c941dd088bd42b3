package com.creatordesk.collaborations.tracking;

import com.creatordesk.collaborations.domain.ShipmentStatus;
import java.util.Map;

/**
 * What the tracking service answered for a batch of numbers: a value for each accepted number (for
 * registration, nothing; for track info, the latest status) and an error message for each rejected one.
 */
record TrackingAnswer<T>(Map<String, T> accepted, Map<String, String> rejected) {

    /** The latest status of a number: ours (null when the service has no news yet) and its description. */
    record Latest(ShipmentStatus status, String description) {
    }

    /**
     * 17track's main statuses in our four. NotFound means the carrier has nothing yet: no news, not a change.
     */
    static ShipmentStatus statusOf(String seventeenTrackStatus) {
        if (seventeenTrackStatus == null) {
            return null;
        }
        return switch (seventeenTrackStatus) {
            case "InfoReceived" -> ShipmentStatus.PENDING;
            case "InTransit", "AvailableForPickup", "OutForDelivery" -> ShipmentStatus.IN_TRANSIT;
            case "Delivered" -> ShipmentStatus.DELIVERED;
            case "Expired", "DeliveryFailure", "Exception" -> ShipmentStatus.EXCEPTION;
            default -> null;
        };
    }
}
