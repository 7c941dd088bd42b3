package com.creatordesk.outreach.web;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailboxStatus;
import com.creatordesk.mailbox.Mailboxes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Says on the sending screens where the mail goes: nowhere when the team mailbox can't send now (queued
 * emails then retry and fail), or only into the sandbox — not to the internet — when no mailbox is connected.
 */
@Component
class MailboxWarning {

    private final Mailboxes mailboxes;

    MailboxWarning(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    void addTo(Model model, OrganizationId organization) {
        MailboxStatus status = mailboxes.status(organization);
        model.addAttribute("onSandbox", status.isSandbox());
        if (!status.canSend()) {
            model.addAttribute("mailboxProblem", status.problem() != null
                    ? status.problem() + " Emails can't be sent until it is fixed in Settings → Mailbox."
                    : "No team mailbox is connected and the sandbox mail server is switched off, so emails can't be sent. "
                            + "An Owner or Admin can connect one in Settings → Mailbox.");
        }
    }
}
