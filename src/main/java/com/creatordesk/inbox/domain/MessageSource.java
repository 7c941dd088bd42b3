package com.creatordesk.inbox.domain;

/** Where the inbox first saw a message: the mailbox's INBOX, its Sent folder, or the app's Reply form. */
public enum MessageSource {
    INBOX, SENT, APP
}
