package com.creatordesk.mailbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.TeamMailboxes;
import org.springframework.stereotype.Service;

/**
 * The mailbox module's facade for questions about an organization's team mailbox. Sending goes through
 * {@link MailSender}; reading over IMAP through {@link MailboxSessions}.
 */
@Service
public class Mailboxes {

    private final TeamMailboxes mailboxes;

    Mailboxes(TeamMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** Its own mailbox, the sandbox, or none — and whether mail can be sent right now. */
    public MailboxStatus status(OrganizationId organization) {
        return mailboxes.status(organization);
    }
}
