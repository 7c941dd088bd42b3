package com.creatordesk.identity;

/**
 * An event about one organization's data. Its {@code @ApplicationModuleListener}s run scoped to that
 * organization automatically, so a background handler sees exactly the data the event is about.
 */
public interface OrganizationScoped {

    OrganizationId organizationId();
}
