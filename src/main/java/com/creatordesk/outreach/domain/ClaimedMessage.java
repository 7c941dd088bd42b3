package com.creatordesk.outreach.domain;

import com.creatordesk.mailbox.OutgoingMail;
import java.util.UUID;

/** A message a worker claimed (now Sending), with everything needed to send it. */
public record ClaimedMessage(UUID id, String address, String subject, String body, String unsubscribeUrl,
        String messageId) {

    /** The email, with RFC 8058 one-click unsubscribe headers and the Message-ID recorded before sending. */
    public OutgoingMail toMail() {
        return OutgoingMail.to(address, subject, body)
                .withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .withMessageId(messageId);
    }
}
