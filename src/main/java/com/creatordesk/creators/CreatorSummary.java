package com.creatordesk.creators;

import java.util.List;

/** A creator as other modules show and match them. {@code primaryEmail} and {@code avatarUrl} may be null. */
public record CreatorSummary(CreatorId id, String displayName, String primaryEmail, String avatarUrl,
        List<HandleSummary> handles, boolean tracked) {

    public CreatorSummary {
        handles = List.copyOf(handles);
    }
}
