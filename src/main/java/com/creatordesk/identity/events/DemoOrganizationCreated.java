package com.creatordesk.identity.events;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/** Demo mode created its organization: each module seeds its own sample data for it. */
public record DemoOrganizationCreated(OrganizationId organizationId, MemberId owner) implements OrganizationScoped {
}
