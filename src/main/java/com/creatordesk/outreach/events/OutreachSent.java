package com.creatordesk.outreach.events;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.UUID;

/**
 * An outreach email left the team mailbox. {@code messageId} is the RFC 5322 Message-ID we generated
 * (with angle brackets), by which the inbox recognises replies inside the outreach thread.
 * Campaign and creator are carried as plain ids so listeners need not depend on those modules.
 * Announced as an element of {@link OutreachBatchSent}; published on its own only by versions before batches
 * (publications of those may still be outstanding).
 */
public record OutreachSent(OrganizationId organizationId, UUID outreachMessageId, String messageId, UUID campaignId,
        UUID creatorId, String address) implements OrganizationScoped {
}
