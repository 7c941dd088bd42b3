package com.creatordesk.mailbox.domain;

/** Where one protocol of a mailbox is reached. */
public record MailServer(String host, int port, Security security) {

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
