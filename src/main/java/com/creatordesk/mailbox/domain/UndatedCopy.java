package com.creatordesk.mailbox.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Date;
import java.util.Properties;

/**
 * A copy of an email for IMAP APPEND that names no date, so the server dates the copy itself (its INTERNALDATE
 * is the moment it was kept, which the inbox reads as when it was sent). Jakarta Mail would otherwise pass the
 * Date header along, and some servers misread it: GreenMail, the sandbox, parses it with a 12-hour clock and
 * files a copy made between 12:00 and 12:59 twelve hours early. The email's own Date header is untouched.
 */
final class UndatedCopy extends MimeMessage {

    UndatedCopy(MimeMessage original) throws MessagingException {
        super(original);
    }

    UndatedCopy(byte[] mime) throws MessagingException {
        super(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
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
