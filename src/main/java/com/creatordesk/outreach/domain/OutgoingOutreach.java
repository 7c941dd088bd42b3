package com.creatordesk.outreach.domain;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import java.util.UUID;

/**
 * An outreach email ready for the outbox: personalised, with its unsubscribe link and its Message-ID.
 * {@code bulkSendId} or {@code draftId} says where it came from.
 */
public record OutgoingOutreach(UUID id, OrganizationId organization, UUID campaignId, UUID creatorId, UUID bulkSendId,
        UUID draftId, String recipientName, String address, String subject, String body, String unsubscribeUrl,
        String messageId, MemberId createdBy) {
}
