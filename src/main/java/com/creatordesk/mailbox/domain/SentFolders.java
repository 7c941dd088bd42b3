package com.creatordesk.mailbox.domain;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Finds the Sent folder: the one flagged {@code \Sent} (RFC 6154 SPECIAL-USE), else one with a common
 * name, else a new "Sent" in the personal namespace.
 */
final class SentFolders {

    private static final List<String> COMMON_NAMES = List.of("sent", "sent items", "sent messages", "sent mail",
            "[gmail]/sent mail", "inbox.sent", "inbox/sent");

    private SentFolders() {
    }

    static String findOrCreate(Store store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder folder : all) {
            if (folder instanceof IMAPFolder imap && Arrays.asList(imap.getAttributes()).contains("\\Sent")) {
                return folder.getFullName();
            }
        }
        for (String name : COMMON_NAMES) {
            for (Folder folder : all) {
                if (folder.getFullName().toLowerCase(Locale.ROOT).equals(name)) {
                    return folder.getFullName();
                }
            }
        }
        Folder created = personalRoot(store).getFolder("Sent");
        if (!created.exists()) {
            created.create(Folder.HOLDS_MESSAGES);
        }
        return created.getFullName();
    }

    /** Servers such as Dovecot may keep every folder under "INBOX."; create ours there too. */
    private static Folder personalRoot(Store store) throws MessagingException {
        Folder[] namespaces = store.getPersonalNamespaces();
        return namespaces.length > 0 ? namespaces[0] : store.getDefaultFolder();
    }
}
