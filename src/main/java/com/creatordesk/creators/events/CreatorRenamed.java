package com.creatordesk.creators.events;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/**
 * A creator's display name or platform handles changed (modules that show them next to their own rows keep a
 * copy, and read the creator again through the facade: the event names only who changed).
 */
public record CreatorRenamed(OrganizationId organizationId, CreatorId creator) implements OrganizationScoped {
}
