package com.creatordesk.mailbox.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Properties;

/**
 * A copy of an email for IMAP APPEND that names no date, so the server dates the copy itself (its INTERNALDATE
 * is the moment it was kept, which the inbox reads as when it was sent). Jakarta Mail would otherwise pass the
 * Date header along, and some servers misread it: GreenMail, the sandbox, parses it with a 12-hour clock and
 * files a copy made between 12:00 and 12:59 twelve hours early. The email's own Date header is untouched.
 */
final class UndatedCopy extends MimeMessage {

    /** The email built for sending, written as it is; null when this copy was read from bytes. */
    private final MimeMessage original;

    /** The copy of an email this application just sent: it is written out once, for the APPEND, not copied first. */
    UndatedCopy(MimeMessage original) {
        super(original.getSession());
        this.original = original;
    }

    UndatedCopy(byte[] mime) throws MessagingException {
        super(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
        this.original = null;
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        if (original == null) {
            super.writeTo(out, ignoreList);
        } else {
            original.writeTo(out, ignoreList);
        }
    }

    @Override
    public Date getSentDate() {
        return null;
    }

    @Override
    public Date getReceivedDate() {
        return null;
    }
}
