package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorHandle;
import java.util.UUID;

/** A handle on the creator page: how it shows, and its edit form as it stands. */
record HandleRow(UUID id, HandleView view, String engagement, HandleForm form) {

    static HandleRow of(CreatorHandle handle) {
        return new HandleRow(handle.getId(), HandleView.of(handle.summary()), Figures.engagement(handle.getEngagementRate()),
                HandleForm.of(handle));
    }
}
