package com.creatordesk.inbox.events;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.UUID;

/** A new inbound message was stored (not an auto-reply or bounce); {@code creatorId} is null when unmatched. */
public record MessageReceived(OrganizationId organizationId, UUID threadId, UUID messageId, UUID creatorId,
        String fromAddress, String subject) implements OrganizationScoped {
}
