package com.creatordesk.mailbox.sandbox;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;

/**
 * Files a message straight into a sandbox mailbox's INBOX or Sent folder, in-process: what an IMAP APPEND
 * does (the server date is the message's Date header), without GreenMail's APPEND date parsing, which reads
 * the hour with a 12-hour clock and dates anything appended between 12:00 and 12:59 twelve hours early.
 */
public final class SandboxFolders {

    private SandboxFolders() {
    }

    public static void append(SandboxServer server, String address, boolean sent, MimeMessage message) {
        try {
            GreenMailUser user = server.users().getUserByEmail(address);
            if (user == null) {
                throw new IllegalStateException("no sandbox mailbox " + address);
            }
            ImapHostManager folders = server.folders();
            MailFolder folder = sent ? folders.getFolder(user, SandboxMessages.SENT_FOLDER) : folders.getInbox(user);
            if (folder == null) {
                folder = folders.createMailbox(user, SandboxMessages.SENT_FOLDER);
            }
            Date date = message.getSentDate() != null ? message.getSentDate() : new Date();
            folder.appendMessage(message, sent ? new Flags(Flags.Flag.SEEN) : new Flags(), date);
        } catch (MessagingException | com.icegreen.greenmail.store.FolderException
                 | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new IllegalStateException("could not file the message in the sandbox", e);
        }
    }
}
