package com.creatordesk.mailbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.domain.ImapSessions;
import org.springframework.stereotype.Service;

/** The IMAP session port: opens an organization's team mailbox (its own, or the sandbox) for reading. */
@Service
public class MailboxSessions {

    private final ImapSessions sessions;

    MailboxSessions(ImapSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Connects and signs in; the caller closes the session.
     *
     * @throws MailboxUnavailableException with an admin-readable reason when that fails
     */
    public MailboxSession open(OrganizationId organization) {
        return sessions.open(organization);
    }
}
