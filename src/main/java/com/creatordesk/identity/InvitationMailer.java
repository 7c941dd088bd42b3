package com.creatordesk.identity;

import java.time.Instant;

/**
 * Port through which a new or renewed team invitation reaches the invitee. The mailbox module implements
 * it with a real email; until one is present, invitations are shared with Copy invitation link.
 */
public interface InvitationMailer {

    void send(InvitationMail invitation);

    record InvitationMail(String email, String organizationName, String inviterName, String link, Instant expiresAt) {
    }
}
