package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.mailbox.MailboxStatus;
import com.creatordesk.mailbox.sandbox.SandboxComposer;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import com.creatordesk.shared.NotFoundException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo organization mails through the sandbox, so its sample mail lives there: two creators write in to
 * the team (as a member can on the Sandbox page), which the Sandbox page lists and the inbox sync picks up.
 * Outreach's demo bulk send adds what the team sent. An address that already has mail is left alone, so a
 * second delivery adds nothing. Sandbox mail lives in memory: after a restart only new mail is there.
 */
@Component
class MailboxDemoData {

    record WrittenIn(String from, String subject, String body) {
    }

    static final List<WrittenIn> SAMPLES = List.of(
            new WrittenIn("zoe@zoemartin.com.au", "Travel series idea for Northwind", """
                    Hi Northwind team,

                    I'm planning a three-part TikTok series on hut-to-hut hiking in New Zealand this spring and your \
                    packs would be a perfect fit. Would you like to be part of it?

                    Happy to send my media kit and rates.

                    Zoe"""),
            new WrittenIn("kofi@mensah.gh", "Collab?", """
                    Hello! Big fan of your rain jackets, I wore one in my last sketch. Any chance we could do \
                    something together for your next campaign?

                    Kofi"""));

    private static final Logger log = LoggerFactory.getLogger(MailboxDemoData.class);

    private final TeamMailboxes mailboxes;
    private final SandboxMessages sandbox;
    private final SandboxComposer composer;

    MailboxDemoData(TeamMailboxes mailboxes, SandboxMessages sandbox, SandboxComposer composer) {
        this.mailboxes = mailboxes;
        this.sandbox = sandbox;
        this.composer = composer;
    }

    @ApplicationModuleListener(id = "mailbox-demo-data")
    void on(DemoOrganizationCreated event) {
        MailboxStatus status = mailboxes.status(event.organizationId());
        if (!status.isSandbox()) {
            return; // never write sample mail into a real mailbox
        }
        for (WrittenIn mail : SAMPLES) {
            if (!hasMail(event.organizationId(), mail.from())) {
                composer.write(event.organizationId(), mail.from(), mail.subject(), mail.body());
            }
        }
        log.info("Demo organization mails through the sandbox as {}; see Mailbox → Sandbox.", status.address());
    }

    private boolean hasMail(OrganizationId organization, String address) {
        try {
            return !sandbox.conversation(organization, address).isEmpty();
        } catch (NotFoundException none) {
            return false;
        }
    }
}
