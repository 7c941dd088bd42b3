package com.creatordesk.identity.config;

import com.creatordesk.identity.InvitationMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Until the mailbox module sends invitation emails, an invitation is shared with Copy invitation link on
 * the Team page; this only records that nothing was emailed.
 */
@Component
class LogOnlyInvitationMailer implements InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyInvitationMailer.class);

    @Override
    public void send(InvitationMail invitation) {
        log.info("Invitation for {} to {} created; it is not emailed — share it with Copy invitation link on the Team page.",
                invitation.email(), invitation.organizationName());
    }
}
