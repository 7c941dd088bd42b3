package com.creatordesk.mailbox.sandbox;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailBatch;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.mailbox.domain.MailOutbox;
import com.creatordesk.mailbox.domain.MailServer;
import com.creatordesk.mailbox.domain.Security;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.creatordesk.mailbox.sandbox.SandboxEntry.Box;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Lets a member act as an outside address in the sandbox: a new email or a proper reply (In-Reply-To,
 * References, "Re:") to the team, sent over SMTP like any mail from the outside, with a copy kept in the
 * address's own Sent folder so the Sandbox page shows both directions.
 */
@Component
public class SandboxComposer {

    /** Why the sandbox couldn't take the email (the server's words). */
    public static class NotSent extends RuntimeException {
        NotSent(String reason) {
            super(reason);
        }
    }

    private final SandboxServer server;
    private final SandboxMessages messages;
    private final MailOutbox outbox;

    SandboxComposer(SandboxServer server, SandboxMessages messages, MailOutbox outbox) {
        this.server = server;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** A new email from {@code from} to the organization's team; returns its Message-ID. */
    public String write(OrganizationId organization, String from, String subject, String body) {
        return send(organization, SandboxMessages.normalize(from), OutgoingMail.to(SandboxServer.teamAddress(organization),
                subject, body));
    }

    /** Replies as {@code address} to a message it received from the team; returns the reply's Message-ID. */
    public String reply(OrganizationId organization, String address, long uid, String body) {
        SandboxMessages.Message original = messages.message(organization, address, Box.RECEIVED, uid);
        SandboxEntry parent = original.entry();
        String subject = parent.subject().toLowerCase(Locale.ROOT).startsWith("re:") ? parent.subject() : "Re: " + parent.subject();
        String quoted = body.strip() + "\n\nOn " + parent.date() + ", " + parent.from() + " wrote:\n> "
                + original.body().strip().replace("\n", "\n> ") + "\n";
        OutgoingMail reply = OutgoingMail.to(SandboxServer.teamAddress(organization), subject, quoted);
        if (parent.messageId() != null) {
            reply = reply.asReplyTo(parent.messageId(), parent.references());
        }
        return send(organization, parent.address(), reply);
    }

    private String send(OrganizationId organization, String from, OutgoingMail mail) {
        server.teamMailbox(organization); // the team's login must exist before mail to it arrives
        TeamMailbox sender = new TeamMailbox(true, null, from, null,
                new MailServer(SandboxServer.LOOPBACK, server.smtpPort(), Security.NONE), null, null);
        OutgoingMail identified = mail.withMessageId(MessageIds.forDomain(SandboxServer.DOMAIN));
        SendResult result;
        try (MailBatch batch = outbox.openBatch(sender)) {
            result = batch.send(identified);
        }
        if (!result.isSent()) {
            throw new NotSent(result.detail());
        }
        server.keepInSent(from, outbox.toMime(sender, identified));
        return result.messageId();
    }
}
