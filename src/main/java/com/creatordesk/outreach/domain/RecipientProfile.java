package com.creatordesk.outreach.domain;

import java.util.UUID;

/**
 * A creator as outreach needs them: who they are, where mail goes (null when they have no email) and the
 * handle {@code {{handle}}} stands for (null when they have none).
 */
public record RecipientProfile(UUID creatorId, String displayName, String email, String handle) {
}
