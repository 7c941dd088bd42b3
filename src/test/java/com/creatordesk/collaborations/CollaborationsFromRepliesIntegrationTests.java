package com.creatordesk.collaborations;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.Faults;
import com.creatordesk.inbox.InboxFixture;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.outreach.OutreachTestSupport;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guide 000, automatic creation from outreach replies, end to end: outreach sent by the outreach module through
 * the sandbox, the creator's reply synced by the inbox, the collaboration made by this module. The test's own
 * sync passes are the only ones on its mailbox (the background sync is held off it), so each step is known
 * to have happened before the next; the listeners still run after commit, as in production, and are awaited.
 */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class CollaborationsFromRepliesIntegrationTests {

    static final String LISTENER = "collaborations-from-outreach-replies";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker outbox;
    @Autowired Creators creators;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    InboxFixture fixture;
    Brand brand;
    Org org;
    UUID campaign;
    UUID creator;
    String address;

    @BeforeEach
    void setUp() throws Exception {
        fixture = InboxFixture.of(context);
        brand = OutreachTestSupport.brand(mvc, jdbc, "Replies Co");
        org = new Org(brand.owner(), brand.organization());
        fixture.holdClaim(org);
        campaign = activeCampaign(mvc, brand.owner(), "Summer Glow");
        address = OutreachTestSupport.unique("maya");
        creator = OutreachTestSupport.creator(mvc, brand.owner(), "Maya Lee",
                "maya.lee." + UUID.randomUUID().toString().substring(0, 6), address, null);
    }

    @Test
    void aReplyToOutreachBecomesOneNegotiatingCollaborationLinkedToTheThreadByInboxSync(PublishedEvents events)
            throws Exception {
        String outreach = sendOutreach();
        String reply = fixture.reply(org, address, "Sounds lovely, what are the terms?");
        fixture.sync(org);

        UUID thread = fixture.threadOf(org, outreach);
        UUID replyRow = messageRow(reply);
        UUID collaboration = awaitCollaborationLinkedTo(thread);

        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).singleElement()
                .satisfies(replied -> assertThat(replied.replyMessageId()).isEqualTo(replyRow));
        assertThat(jdbc.queryForObject("select status from collaborations where id = ?", String.class, collaboration))
                .isEqualTo("NEGOTIATING");
        assertThat(jdbc.queryForList("select kind || ' by ' || actor_name || ' from ' || email_thread_id || '/' || email_message_id "
                + "from collaboration_activities where collaboration_id = ?", String.class, collaboration))
                .containsExactly("CREATED by Inbox sync from " + thread + "/" + replyRow);
        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(new CreatorId(creator)).orElseThrow().tracked()),
                "creator tracked");

        assertThat(page("/collaborations/" + collaboration)).contains("Inbox sync", "Negotiating",
                "href=\"/inbox/threads/" + thread + "#message-" + replyRow + "\"", "href=\"/inbox/threads/" + thread + "\"");
        assertThat(page("/collaborations/campaigns/" + campaign + "/tab")).contains("Maya Lee", "Negotiating",
                "href=\"/inbox/threads/" + thread + "\"").doesNotContain("No collaborations yet");
        assertThat(page("/inbox/threads/" + thread)).contains("id=\"message-" + replyRow + "\"",
                "href=\"/collaborations/" + collaboration + "\"");
        assertThat(page("/inbox?linked=linked")).contains("Summer Glow");
    }

    @Test
    void aDuplicateReplyAnotherReplyAResyncAndAReplayedEventStillMakeOneCollaboration(PublishedEvents events)
            throws Exception {
        String outreach = sendOutreach();
        String copy = "From: " + address + "\nTo: " + fixture.teamAddress(org) + "\nSubject: Re: Summer Glow\n"
                + "Message-ID: <same-reply-" + UUID.randomUUID() + "@creator.test>\nIn-Reply-To: " + outreach + "\nReferences: "
                + outreach + "\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\n\nYes!\n";
        fixture.deliver(org, copy);
        fixture.deliver(org, copy);
        fixture.sync(org);
        fixture.sync(org);
        fixture.reply(org, address, "Also, I have a question about dates");
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, outreach);
        UUID collaboration = awaitCollaborationLinkedTo(thread);
        awaitListenerDone();

        CreatorRepliedToOutreach first = InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class).get(0);
        transactions.executeWithoutResult(status -> publisher.publishEvent(first));
        awaitListenerDone();

        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(collaborations()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ?", Integer.class,
                collaboration)).isEqualTo(1);
    }

    @Test
    void anExistingCollaborationOfThePairIsUsedAndGetsTheThread() throws Exception {
        // outreach first (a creator already in a collaboration for the campaign is skipped by Bulk Send), then a
        // member sets the collaboration up by hand before the creator answers
        String outreach = sendOutreach();
        UUID existing = TestCollaborations.create(mvc, brand.owner(), campaign, creator, "status", "PENDING");
        String reply = fixture.reply(org, address, "Happy to continue here");
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, outreach);

        assertThat(awaitCollaborationLinkedTo(thread)).isEqualTo(existing);
        assertThat(collaborations()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from collaborations where id = ?", String.class, existing)).isEqualTo("PENDING");
        assertThat(jdbc.queryForList("select subject || ' by ' || actor_name from collaboration_activities "
                + "where collaboration_id = ? and kind = 'TERMS_CHANGED'", String.class, existing))
                .containsExactly("Email thread by Inbox sync");
        UUID replyRow = messageRow(reply);
        assertThat(page("/collaborations/" + existing)).as("the history links the reply that linked the thread")
                .contains("Email thread: — → ", "href=\"/inbox/threads/" + thread + "#message-" + replyRow + "\"");
    }

    @Test
    void autoRepliesBouncesAndNewEmailsCreateNothingAndABounceMarksTheRecipientBounced(PublishedEvents events)
            throws Exception {
        String outreach = sendOutreach();
        fixture.deliver(org, "From: " + address + "\nTo: " + fixture.teamAddress(org) + "\nSubject: Out of office\n"
                + "Message-ID: <ooo-" + UUID.randomUUID() + "@creator.test>\nIn-Reply-To: " + outreach
                + "\nAuto-Submitted: auto-replied\n\nAway until Monday.\n");
        fixture.deliver(org, fixture.bounceOf(org, address, "Summer Glow", outreach));
        fixture.write(org, address, "Another idea", "Hi, a new idea for you, not a reply.");
        fixture.sync(org);

        InboxFixture.awaitTrue(() -> "BOUNCED".equals(jdbc.queryForObject("select status from outreach_messages "
                + "where organization_id = ? and message_id = ?", String.class, org.id().value(), outreach)), "recipient bounced");
        assertThat(jdbc.queryForObject("select problem from outreach_messages where message_id = ?", String.class, outreach))
                .isEqualTo("550 5.1.1 User unknown");
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).isEmpty();
        assertThat(collaborations()).isZero();
        assertThat(fixture.threads(org)).isEqualTo(2);
    }

    @Test
    void dyingWhileTheCollaborationIsCreatedIsRetriedIntoExactlyOne() throws Exception {
        String outreach = sendOutreach();
        fixture.reply(org, address, "Yes please");
        try (Faults crash = Faults.failOnce(jdbc, "collaborations", org.id().value(), "insert")) {
            fixture.sync(org);
            InboxFixture.awaitTrue(crash::fired, "the listener ran and died");
        }
        assertThat(collaborations()).isZero();

        restart();

        UUID collaboration = awaitCollaborationLinkedTo(fixture.threadOf(org, outreach));
        assertThat(collaborations()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ? and kind = 'CREATED'",
                Integer.class, collaboration)).isEqualTo(1);
    }

    @Test
    void dyingWhileTheThreadIsLinkedTakesTheCollaborationBackAndTheRetryMakesExactlyOne() throws Exception {
        String outreach = sendOutreach();
        fixture.reply(org, address, "Yes please");
        try (Faults crash = Faults.failOnce(jdbc, "email_threads", org.id().value(), "update",
                "NEW.collaboration_id is not null and OLD.collaboration_id is null")) {
            fixture.sync(org);
            InboxFixture.awaitTrue(crash::fired, "the listener made the collaboration and died linking the thread");
        }
        UUID thread = fixture.threadOf(org, outreach);
        assertThat(collaborations()).isZero(); // the collaboration and the inbox's link commit together
        assertThat(fixture.count("select count(*) from email_threads where id = ? and collaboration_id is null", thread)).isEqualTo(1);

        restart();

        UUID collaboration = awaitCollaborationLinkedTo(thread);
        assertThat(collaborations()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ?", Integer.class,
                collaboration)).isEqualTo(1);
    }

    @Test
    void dyingWhileTheReplyIsStoredLosesNothingAndMakesExactlyOne() throws Exception {
        String outreach = sendOutreach();
        fixture.reply(org, address, "Yes please");
        try (Faults crash = Faults.failOnce(jdbc, "email_messages", org.id().value(), "insert")) {
            assertThatThrownBy(() -> fixture.sync(org)).hasMessageContaining("simulated crash");
            assertThat(crash.fired()).isTrue();
        }
        assertThat(fixture.messages(org)).isZero();

        fixture.sync(org);

        awaitCollaborationLinkedTo(fixture.threadOf(org, outreach));
        awaitListenerDone();
        assertThat(collaborations()).isEqualTo(1);
    }

    /** Sends one outreach email to the creator through the outreach module (bulk send, outbox); its Message-ID. */
    private String sendOutreach() throws Exception {
        UUID template = template(mvc, brand.owner(), "Intro " + UUID.randomUUID().toString().substring(0, 6), "Summer Glow",
                "Hi {{display_name}}, would you like to join our Summer Glow campaign?");
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template, creator);
        queue(bulkSends, jdbc, brand, bulk);
        outbox.drainNow(org.id());
        String messageId = jdbc.queryForObject("select message_id from outreach_messages where bulk_send_id = ? and status = 'SENT'",
                String.class, bulk);
        InboxFixture.awaitTrue(() -> fixture.outreachRecorded(org, messageId), "the inbox learned the outreach");
        return messageId;
    }

    /** What an application restart does with the event publications that did not complete. */
    private void restart() {
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof CreatorRepliedToOutreach replied
                && replied.organizationId().equals(org.id()));
    }

    private UUID awaitCollaborationLinkedTo(UUID thread) {
        InboxFixture.awaitTrue(() -> fixture.count("select count(*) from email_threads t join collaborations c "
                + "on c.id = t.collaboration_id where t.id = ? and c.email_thread_id = t.id", thread) == 1,
                "collaboration and thread linked to each other");
        return jdbc.queryForObject("select collaboration_id from email_threads where id = ?", UUID.class, thread);
    }

    private void awaitListenerDone() {
        InboxFixture.awaitTrue(() -> fixture.count("select count(*) from event_publication where listener_id = ? "
                + "and completion_date is null and serialized_event like ?", LISTENER, "%" + org.id().value() + "%") == 0,
                "auto-creation handled every reply");
    }

    private int collaborations() {
        return fixture.count("select count(*) from collaborations where organization_id = ? and campaign_id = ? and creator_id = ?",
                org.id().value(), campaign, creator);
    }

    private UUID messageRow(String messageId) {
        return jdbc.queryForObject("select id from email_messages where organization_id = ? and message_id = ?", UUID.class,
                org.id().value(), messageId);
    }

    private String page(String url) throws Exception {
        return mvc.perform(brand.owner().as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

}
