package com.creatordesk.outreach.domain;

import java.util.UUID;

/**
 * A creator as outreach needs them: who they are, where mail goes (null when they have no email) and the
 * handle {@code {{handle}}} stands for (null when they have none). {@code nameKnown} is false while the
 * display name is only a handle (a Quick Add not enriched yet): there is no first name to greet them by.
 */
public record RecipientProfile(UUID creatorId, String displayName, String email, String handle, boolean nameKnown) {
}
