package com.creatordesk.outreach.events;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;

/**
 * A delivery-failure notice came back for an outreach email (identified by our Message-ID): the
 * recipient is marked bounced. Published by the module that reads the mailbox, handled by outreach.
 */
public record OutreachBounced(OrganizationId organizationId, String messageId, String diagnostic) implements OrganizationScoped {
}
