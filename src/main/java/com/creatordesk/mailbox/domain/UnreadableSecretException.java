package com.creatordesk.mailbox.domain;

/** A stored secret that can't be decrypted: re-entering it is the only remedy. */
public class UnreadableSecretException extends RuntimeException {

    public enum Reason { KEY_CHANGED, DAMAGED }

    private final Reason reason;

    public UnreadableSecretException(Reason reason) {
        super(reason == Reason.KEY_CHANGED
                ? "The saved mailbox password can't be decrypted: the secret key (CREATORDESK_SECRET_KEY) has changed "
                        + "since it was saved. Re-enter the password in Settings → Mailbox."
                : "The saved mailbox password can't be decrypted: the stored value is damaged. "
                        + "Re-enter the password in Settings → Mailbox.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
