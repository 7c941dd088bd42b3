package com.creatordesk.mailbox.domain;

/** What an admin enters for the team mailbox, without the password. */
public record MailboxSettings(String senderName, String senderAddress, MailServer imap, MailServer smtp, String username) {
}
