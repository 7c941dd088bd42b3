package com.creatordesk.collaborations.tracking;

/** The tracking service failed for a whole request; the message is shown on each shipment in it. */
class TrackingServiceException extends RuntimeException {

    TrackingServiceException(String message) {
        super(message);
    }

    TrackingServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** HTTP 429: the service asks us to slow down. The round stops and the next one tries again. */
    static class RateLimited extends TrackingServiceException {

        RateLimited() {
            super("The tracking service is rate limiting us; trying again at the next refresh.");
        }
    }
}
