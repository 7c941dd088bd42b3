package com.creatordesk.mailbox.domain;

/** How a connection to a mail server is protected. */
public enum Security {

    TLS("TLS"),
    STARTTLS("STARTTLS"),
    NONE("None");

    private final String label;

    Security(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
