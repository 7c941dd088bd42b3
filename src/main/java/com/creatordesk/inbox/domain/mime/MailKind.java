package com.creatordesk.inbox.domain.mime;

/** What kind of email it is: one a person wrote, an automatic reply, or a delivery-failure notice. */
public enum MailKind {
    NORMAL, AUTO_REPLY, BOUNCE
}
