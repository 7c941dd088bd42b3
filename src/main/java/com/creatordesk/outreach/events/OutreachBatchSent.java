package com.creatordesk.outreach.events;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.OrganizationScoped;
import java.util.List;

/**
 * Outreach emails of one organization left the team mailbox: one announcement per recorded batch (a sending
 * batch of the outbox, or the emails crash recovery found in the Sent folder), with the facts of each email.
 * Announced per batch, not per email, so that a bulk send of thousands costs its listeners a few dozen
 * publications and set-based transactions instead of one each.
 */
public record OutreachBatchSent(OrganizationId organizationId, List<OutreachSent> emails) implements OrganizationScoped {

    public OutreachBatchSent {
        emails = List.copyOf(emails);
        if (emails.stream().anyMatch(email -> !email.organizationId().equals(organizationId))) {
            throw new IllegalArgumentException("a batch announces one organization's emails");
        }
    }
}
