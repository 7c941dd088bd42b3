package com.creatordesk.mailbox.domain;

import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.mailbox.MailboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo organization uses the sandbox: there is nothing to store (sandbox mail lives in memory, so
 * seeded mail would vanish on the next restart anyway). This only announces the demo's team address.
 */
@Component
class MailboxDemoData {

    private static final Logger log = LoggerFactory.getLogger(MailboxDemoData.class);

    private final TeamMailboxes mailboxes;

    MailboxDemoData(TeamMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @ApplicationModuleListener(id = "mailbox-demo-data")
    void on(DemoOrganizationCreated event) {
        MailboxStatus status = mailboxes.status(event.organizationId());
        if (status.isSandbox()) {
            mailboxes.require(event.organizationId());
            log.info("Demo organization mails through the sandbox as {}; see Mailbox → Sandbox.", status.address());
        }
    }
}
