package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.InboxFixture.Outreach;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Sync against the real sandbox mail server (GreenMail, IMAP + SMTP): threading and what a reply causes. */
@IntegrationTest
class InboxSyncIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Creators creators;
    InboxFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = InboxFixture.of(context);
    }

    @Test
    void aReplyToOutreachJoinsItsThreadAndTracksTheCreator() throws Exception {
        Org org = fixture.organization("Reply Co");
        String address = TestAccounts.uniqueEmail("maya");
        CreatorId maya = fixture.creator(org, address);
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Summer collab");

        fixture.reply(org, address, "Sounds great, I'm in!");
        fixture.sync(org);

        UUID thread = threadOf(org, outreach.messageId());
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ?", thread)).isEqualTo(2);
        assertThat(fixture.count("select count(*) from email_threads where id = ? and campaign_id = ? and creator_id = ? "
                + "and needs_attention", thread, outreach.campaignId(), maya.value())).isEqualTo(1);
        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(maya).orElseThrow().tracked()), "creator tracked");
    }

    UUID threadOf(Org org, String messageId) {
        return fixture.count("select count(*) from email_thread_keys where organization_id = ? and message_id = ?",
                org.id().value(), messageId) == 0 ? null
                : context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                        "select thread_id from email_thread_keys where organization_id = ? and message_id = ?", UUID.class,
                        org.id().value(), messageId);
    }
}
