package com.creatordesk.mailbox.domain;

/**
 * Everything needed to reach an organization's team mailbox over SMTP and IMAP, password decrypted. Lives
 * only in memory for one operation; {@link #toString()} leaves the password out.
 */
public record TeamMailbox(boolean sandbox, String senderName, String senderAddress, MailServer imap, MailServer smtp,
        String username, String password) {

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    public String domain() {
        return senderAddress.substring(senderAddress.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "TeamMailbox[" + senderAddress + ", imap " + imap + ", smtp " + smtp + ", user " + username + "]";
    }
}
