package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.inbox.domain.sync.InboxSync;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.Mailboxes;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sample Inbox for the demo organization, the honest way: a few emails put into its sandbox mailbox (INBOX
 * and Sent, over IMAP), which the sync then stores like any other mail. Message-IDs are fixed per
 * organization and looked up before each append, so a second delivery of the event adds nothing.
 */
@Component
class InboxDemoData {

    private static final Logger log = LoggerFactory.getLogger(InboxDemoData.class);

    private final Mailboxes mailboxes;
    private final MailboxSessions sessions;
    private final InboxSync sync;
    private final Clock clock;

    InboxDemoData(Mailboxes mailboxes, MailboxSessions sessions, InboxSync sync, Clock clock) {
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.sync = sync;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "inbox-demo-data")
    void on(DemoOrganizationCreated event) throws MessagingException {
        OrganizationId organization = event.organizationId();
        if (!mailboxes.status(organization).isSandbox()) {
            return; // never put sample mail into a real mailbox
        }
        try (MailboxSession session = sessions.open(organization)) {
            for (DemoMail mail : DemoMail.samples(organization, session.teamAddress(), clock.instant())) {
                Folder folder = mail.sent() ? session.sent() : session.inbox();
                append(folder, mail);
            }
        }
        sync.syncNow(organization);
        log.info("Demo Inbox: sample emails are in the sandbox mailbox; the sync stores them.");
    }

    private static void append(Folder folder, DemoMail mail) throws MessagingException {
        folder.open(Folder.READ_WRITE);
        try {
            if (folder.search(new HeaderTerm("Message-ID", mail.messageId())).length > 0) {
                return;
            }
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mail.source().getBytes(StandardCharsets.UTF_8))) {
                /**
                 * The date APPEND files the sample under. GreenMail (the sandbox) reads it with a 12-hour clock
                 * and would file 12:xx as 00:xx, so a sample written in that hour is filed an hour earlier.
                 */
                @Override
                public Date getReceivedDate() throws MessagingException {
                    Date sent = getSentDate();
                    return sent != null && sent.toInstant().atZone(ZoneId.systemDefault()).getHour() == 12
                            ? Date.from(sent.toInstant().minus(Duration.ofHours(1))) : sent;
                }
            };
            folder.appendMessages(new Message[] {message});
        } finally {
            folder.close(false);
        }
    }
}
