package com.creatordesk.mailbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

/**
 * An open IMAP connection to an organization's team mailbox (its own or the sandbox). The folders are
 * returned closed; open them as needed. Close the session when done.
 */
public interface MailboxSession extends AutoCloseable {

    /** The connected store, for IDLE, UID fetches and everything else the inbox needs. */
    Store store();

    /** The team address mail is sent from and replies arrive at. */
    String teamAddress();

    boolean isSandbox();

    /** Always {@code INBOX}. */
    String inboxFolderName();

    /** The Sent folder found by SPECIAL-USE {@code \Sent} or a common name; created as "Sent" if missing. */
    String sentFolderName();

    default Folder inbox() throws MessagingException {
        return store().getFolder(inboxFolderName());
    }

    default Folder sent() throws MessagingException {
        return store().getFolder(sentFolderName());
    }

    @Override
    void close();
}
