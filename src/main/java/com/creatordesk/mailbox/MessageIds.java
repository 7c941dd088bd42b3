package com.creatordesk.mailbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.TeamMailboxes;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Message-IDs for mail we send, {@code <uuid@domain>} on the team mailbox's domain. Generate one before
 * sending to record it first (outreach does), then pass it in {@link OutgoingMail#withMessageId}.
 */
@Component
public class MessageIds {

    /** Used when the organization has no mailbox to take a domain from. */
    public static final String DEFAULT_DOMAIN = "creatordesk.mail";

    private final TeamMailboxes mailboxes;

    MessageIds(TeamMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    public String generate(OrganizationId organization) {
        String address = mailboxes.status(organization).address();
        return forDomain(address == null ? DEFAULT_DOMAIN : address.substring(address.lastIndexOf('@') + 1));
    }

    public static String forDomain(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }
}
