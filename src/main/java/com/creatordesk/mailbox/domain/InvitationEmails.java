package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.InvitationMailer;
import com.creatordesk.identity.Members;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails team invitations from the organization's team mailbox (or the sandbox). The email goes out after
 * the invitation is committed, so a rolled-back invitation is never mailed and no transaction waits on
 * SMTP. When it can't be sent, the Team page's Copy invitation link remains the way to share it.
 */
@Component
class InvitationEmails implements InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationEmails.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Members members;
    private final MailSender sender;

    InvitationEmails(Members members, MailSender sender) {
        this.members = members;
        this.sender = sender;
    }

    @Override
    public void send(InvitationMail invitation) {
        CurrentMember inviter = members.current().orElse(null);
        if (inviter == null) {
            log.warn("Invitation for {} not emailed: no signed-in member to send it for; share it with Copy invitation link.",
                    invitation.email());
            return;
        }
        Runnable mail = () -> deliver(inviter, invitation);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.run();
                }
            });
        } else {
            mail.run();
        }
    }

    private void deliver(CurrentMember inviter, InvitationMail invitation) {
        try {
            SendResult result = sender.send(inviter.organizationId(), OutgoingMail.to(invitation.email(),
                    invitation.inviterName() + " invited you to join " + invitation.organizationName() + " on Creatordesk",
                    text(invitation)));
            if (!result.isSent()) {
                log.warn("Invitation for {} not emailed ({}); share it with Copy invitation link on the Team page.",
                        invitation.email(), result.detail());
            }
        } catch (RuntimeException e) {
            log.warn("Invitation for {} not emailed; share it with Copy invitation link on the Team page.",
                    invitation.email(), e);
        }
    }

    private static String text(InvitationMail invitation) {
        return "Hello,\n\n"
                + invitation.inviterName() + " invited you to join the " + invitation.organizationName()
                + " team on Creatordesk.\n\n"
                + "Accept the invitation and choose your password here:\n"
                + invitation.link() + "\n\n"
                + "The link works once and until " + DAY.format(invitation.expiresAt()) + ".\n"
                + "If you didn't expect this invitation, you can ignore this email.\n";
    }
}
