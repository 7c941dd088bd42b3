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
        InboxFixture.awaitTrue(() -> demo(fixture, org, "select count(*) from email_messages m where m.organization_id = ?") == 8,
                "the sync stored the demo emails");
        transactions.executeWithoutResult(status -> events.publishEvent(created));
        InboxFixture.awaitTrue(() -> fixture.count("select count(*) from inbox_mailboxes where organization_id = ? "
                + "and sync_requested_at is null and last_success_at is not null", org.id().value()) == 1, "second request answered");
        fixture.sync(org);

        // the other modules' demo data mails through the same sandbox (creators writing in, a bulk send): only
        // the inbox's own sample mail is counted here
        assertThat(demo(fixture, org, "select count(*) from email_messages m where m.organization_id = ?")).isEqualTo(8);
        assertThat(demo(fixture, org, "select count(distinct t.id) from email_threads t join email_messages m "
                + "on m.thread_id = t.id where t.organization_id = ? and t.merged_into is null")).isEqualTo(4);
        assertThat(demo(fixture, org, "select count(distinct t.id) from email_threads t join email_messages m "
                + "on m.thread_id = t.id where t.organization_id = ? and t.needs_attention")).isEqualTo(2);
        assertThat(demo(fixture, org, "select count(*) from email_messages m where m.organization_id = ? "
                + "and m.kind = 'AUTO_REPLY'")).isEqualTo(1);
    }

    /** The query, limited to the messages of the inbox's own demo mail (Message-IDs {@code <demo-…@northwind.demo>}). */
    private static int demo(InboxFixture fixture, Org org, String query) {
        return fixture.count(query + " and m.message_id like '<demo-%@northwind.demo>'", org.id().value());
    }
}
