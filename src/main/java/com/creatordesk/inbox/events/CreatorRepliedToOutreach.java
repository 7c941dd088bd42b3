package com.creatordesk.inbox.events;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.UUID;

/**
 * A creator replied inside an outreach thread (the reply's In-Reply-To or References names an outreach
 * Message-ID). Collaborations creates (or reuses) the collaboration and links the thread; creators starts
 * tracking the creator. {@code replyMessageId} is the inbox's id of the reply that caused it.
 */
public record CreatorRepliedToOutreach(OrganizationId organizationId, UUID threadId, UUID replyMessageId,
        UUID campaignId, UUID creatorId, String threadSubject) implements OrganizationScoped {
}
