package com.creatordesk.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An email thread as other modules see it.
 *
 * @param participants    the outside addresses in the thread (not the team's), lower case, first seen first
 * @param counterpartName the display name the first outside address wrote with, or null
 * @param campaignId      the campaign of the outreach the thread answers, or null
 * @param creatorId       the creator that outreach went to, or null
 * @param collaborationId the collaboration the thread is linked to, or null
 */
public record ThreadSummary(UUID id, String subject, List<String> participants, String counterpartName,
        int messageCount, Instant lastMessageAt, boolean needsAttention, UUID campaignId, UUID creatorId,
        UUID collaborationId) {

    public ThreadSummary {
        participants = List.copyOf(participants);
    }

    /** A label to show for the thread: its subject, or the address it is with. */
    public String label() {
        if (!subject.isBlank()) {
            return subject;
        }
        return participants.isEmpty() ? "(no subject)" : "Email with " + participants.get(0);
    }
}
