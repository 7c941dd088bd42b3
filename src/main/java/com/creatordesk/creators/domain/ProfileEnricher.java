package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.net.URI;

/** Port: reads what a creator's public profile page says about them. */
public interface ProfileEnricher {

    /**
     * @throws EnrichmentFailure with a message for the member when the page can't be read or says nothing useful
     */
    ProfileSnapshot read(Platform platform, String handle, URI profileUrl);

    /** Why a profile page could not be used, in words shown next to the Retry button. */
    class EnrichmentFailure extends RuntimeException {

        public EnrichmentFailure(String message) {
            super(message);
        }
    }
}
