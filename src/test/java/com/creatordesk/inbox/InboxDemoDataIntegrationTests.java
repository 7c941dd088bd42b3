package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import com.creatordesk.inbox.InboxFixture.Org;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo mode puts a few emails into the demo sandbox mailbox once; the background sync stores them. */
@IntegrationTest
class InboxDemoDataIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void seedsAFewThreadsOnceThroughTheSandboxMailbox() throws Exception {
        InboxFixture fixture = InboxFixture.of(context);
        Org org = fixture.organization("Demo Inbox Co");
        UUID owner = fixture.jdbc().queryForObject("select id from members where email = ?", UUID.class, org.owner().email());
        DemoOrganizationCreated created = new DemoOrganizationCreated(org.id(), new MemberId(owner));

        transactions.executeWithoutResult(status -> events.publishEvent(created));
        InboxFixture.awaitTrue(() -> fixture.messages(org) == 8, "the sync stored the demo emails");
        transactions.executeWithoutResult(status -> events.publishEvent(created));
        InboxFixture.awaitTrue(() -> fixture.count("select count(*) from inbox_mailboxes where organization_id = ? "
                + "and sync_requested_at is null and last_success_at is not null", org.id().value()) == 1, "second request answered");
        fixture.sync(org);

        assertThat(fixture.messages(org)).isEqualTo(8);
        assertThat(fixture.threads(org)).isEqualTo(4);
        assertThat(fixture.count("select count(*) from email_threads where organization_id = ? and needs_attention",
                org.id().value())).isEqualTo(2);
        assertThat(fixture.count("select count(*) from email_messages where organization_id = ? and kind = 'AUTO_REPLY'",
                org.id().value())).isEqualTo(1);
    }
}
