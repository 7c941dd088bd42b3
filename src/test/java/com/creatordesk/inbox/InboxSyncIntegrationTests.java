package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.IntegrationTest;
import com.creatordesk.RecordedEvents;
import com.creatordesk.TestAccounts;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.InboxFixture.Outreach;
import com.creatordesk.inbox.domain.ThreadReplies;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.inbox.events.MessageReceived;
import com.creatordesk.outreach.events.OutreachBounced;
import com.creatordesk.outreach.events.OutreachSent;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * Sync against the real sandbox mail server (GreenMail, IMAP + SMTP): threads are built from Message-IDs,
 * and only a person's reply inside an outreach thread counts as the creator replying. The background sync
 * is kept off these mailboxes so each test's own pass (on the test thread) is the one that stores.
 */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class InboxSyncIntegrationTests {

    @Autowired ConfigurableApplicationContext context;
    @Autowired Creators creators;
    @Autowired ThreadReplies replies;
    InboxFixture fixture;
    Org org;
    String address;
    CreatorId maya;

    @BeforeEach
    void setUp() throws Exception {
        fixture = InboxFixture.of(context);
        org = fixture.organization("Sync Co");
        fixture.holdClaim(org);
        address = TestAccounts.uniqueEmail("maya");
        maya = fixture.creator(org, address);
    }

    @Test
    void aReplyToOutreachJoinsItsThreadAndTracksTheCreator(PublishedEvents events) throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Summer collab");

        String reply = fixture.reply(org, address, "Sounds great, I'm in!");
        fixture.sync(org);

        UUID thread = fixture.threadOf(org, outreach.messageId());
        assertThat(fixture.threadOf(org, reply)).isEqualTo(thread);
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ?", thread)).isEqualTo(2);
        assertThat(fixture.count("select count(*) from email_threads where id = ? and campaign_id = ? and creator_id = ? "
                + "and needs_attention and subject = 'Summer collab'", thread, outreach.campaignId(), maya.value())).isEqualTo(1);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).singleElement().satisfies(replied -> {
            assertThat(replied.threadId()).isEqualTo(thread);
            assertThat(replied.campaignId()).isEqualTo(outreach.campaignId());
            assertThat(replied.creatorId()).isEqualTo(maya.value());
            assertThat(replied.threadSubject()).isEqualTo("Summer collab");
        });
        assertThat(InboxFixture.eventsOf(events, org, MessageReceived.class)).singleElement()
                .satisfies(received -> assertThat(received.creatorId()).isEqualTo(maya.value()));
        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(maya).orElseThrow().tracked()), "creator tracked");
    }

    @Test
    void aReplyToAReplyFromTheAppStaysInTheOutreachThread(PublishedEvents events) throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Autumn drop");
        fixture.reply(org, address, "Tell me more");
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, outreach.messageId());

        Tenancy.runAs(org.id(), () -> replies.reply(org.id(), thread, "Here are the details."));
        String second = fixture.reply(org, address, "Deal!");
        fixture.sync(org);

        assertThat(fixture.threadOf(org, second)).isEqualTo(thread);
        assertThat(fixture.threads(org)).isEqualTo(1);
        assertThat(fixture.messages(org)).isEqualTo(4);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).hasSize(2)
                .allSatisfy(replied -> assertThat(replied.threadId()).isEqualTo(thread));
    }

    @Test
    void aReplyThatArrivesBeforeItsParentStillJoinsTheThread() throws Exception {
        fixture.deliver(org, mail("<child@creator.test>", "References: <parent@brand.test>\nIn-Reply-To: <parent@brand.test>",
                address, "Re: Ideas", "Replying to something you have not seen yet"));
        fixture.sync(org);
        fixture.deliverToSent(org, mail("<parent@brand.test>", "", fixture.teamAddress(org), "Ideas", "The parent"));
        fixture.sync(org);

        assertThat(fixture.threads(org)).isEqualTo(1);
        assertThat(fixture.threadOf(org, "<parent@brand.test>")).isEqualTo(fixture.threadOf(org, "<child@creator.test>"));
        assertThat(fixture.count("select count(*) from email_threads where organization_id = ? and subject = 'Ideas' "
                + "and message_count = 2", org.id().value())).isEqualTo(1);
    }

    @Test
    void aMessageNamingTwoThreadsMergesThemIntoOne() throws Exception {
        fixture.deliver(org, mail("<a@creator.test>", "", address, "First", "one"));
        fixture.deliver(org, mail("<b@creator.test>", "", address, "Second", "two"));
        fixture.sync(org);
        UUID first = fixture.threadOf(org, "<a@creator.test>");
        UUID second = fixture.threadOf(org, "<b@creator.test>");
        assertThat(first).isNotEqualTo(second);

        fixture.deliver(org, mail("<c@creator.test>", "References: <a@creator.test> <b@creator.test>", address, "Re: both", "three"));
        fixture.sync(org);

        assertThat(fixture.threads(org)).isEqualTo(1);
        UUID merged = fixture.threadOf(org, "<c@creator.test>");
        assertThat(fixture.threadOf(org, "<a@creator.test>")).isEqualTo(merged);
        assertThat(fixture.threadOf(org, "<b@creator.test>")).isEqualTo(merged);
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ?", merged)).isEqualTo(3);
        assertThat(fixture.count("select message_count from email_threads where id = ?", merged)).isEqualTo(3);
        UUID absorbed = merged.equals(first) ? second : first;
        assertThat(fixture.count("select count(*) from email_threads where id = ? and merged_into = ?", absorbed, merged)).isEqualTo(1);
    }

    @Test
    void theSameReplyDeliveredTwiceIsStoredAndAnnouncedOnce(PublishedEvents events) throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Twice");
        String reply = mail("<twice@creator.test>", "In-Reply-To: " + outreach.messageId() + "\nReferences: " + outreach.messageId(),
                address, "Re: Twice", "Yes please");
        fixture.deliver(org, reply);
        fixture.deliver(org, reply);

        fixture.sync(org);
        fixture.sync(org);

        assertThat(fixture.count("select count(*) from email_messages where organization_id = ? and message_id = '<twice@creator.test>'",
                org.id().value())).isEqualTo(1);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).hasSize(1);
    }

    @Test
    void aBrandNewEmailIsKeptButIsNoReplyToOutreach(PublishedEvents events) throws Exception {
        fixture.outreach(org, maya, address, UUID.randomUUID(), "Winter");

        String fresh = fixture.write(org, address, "Winter", "Hi, I saw your brand and would love to work together");
        fixture.sync(org);

        assertThat(fixture.threadOf(org, fresh)).isNotNull();
        assertThat(fixture.threads(org)).isEqualTo(2);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).isEmpty();
        assertThat(InboxFixture.eventsOf(events, org, MessageReceived.class)).hasSize(1);
    }

    @Test
    void anAutomaticReplyIsNoReplyToOutreach(PublishedEvents events) throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Spring");
        fixture.deliver(org, mail("<ooo@creator.test>", "In-Reply-To: " + outreach.messageId() + "\nAuto-Submitted: auto-replied",
                address, "Out of Office: Spring", "I'm away until Monday."));
        fixture.deliver(org, mail("<ooo2@creator.test>", "In-Reply-To: " + outreach.messageId() + "\nX-Autoreply: yes",
                address, "Re: Spring", "Away."));
        fixture.deliver(org, mail("<ooo3@creator.test>", "In-Reply-To: " + outreach.messageId() + "\nPrecedence: auto_reply",
                address, "Re: Spring", "Away."));
        fixture.sync(org);

        UUID thread = fixture.threadOf(org, outreach.messageId());
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ? and kind = 'AUTO_REPLY'", thread)).isEqualTo(3);
        assertThat(fixture.count("select count(*) from email_threads where id = ? and not needs_attention", thread)).isEqualTo(1);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).isEmpty();
        assertThat(InboxFixture.eventsOf(events, org, MessageReceived.class)).isEmpty();
    }

    @Test
    void aBounceMarksTheOutreachRecipientBouncedAndIsNoReply(PublishedEvents events) throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Bouncy");
        fixture.deliver(org, fixture.bounceOf(org, address, "Bouncy", outreach.messageId()));
        fixture.sync(org);

        assertThat(InboxFixture.eventsOf(events, org, OutreachBounced.class)).singleElement().satisfies(bounced -> {
            assertThat(bounced.messageId()).isEqualTo(outreach.messageId());
            assertThat(bounced.diagnostic()).isEqualTo("550 5.1.1 User unknown");
        });
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).isEmpty();
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ? and kind = 'BOUNCE'",
                fixture.threadOf(org, outreach.messageId()))).isEqualTo(1);
    }

    @Test
    void aReplySyncedBeforeItsOutreachWasKnownCountsOnceTheOutreachIsLearned(PublishedEvents events) throws Exception {
        String outreachId = "<late-" + UUID.randomUUID() + "@" + "sandbox.creatordesk.local>";
        fixture.deliver(org, mail("<early@creator.test>", "In-Reply-To: " + outreachId + "\nReferences: " + outreachId,
                address, "Re: Late", "Count me in"));
        fixture.sync(org);
        assertThat(InboxFixture.eventsOf(events, org, CreatorRepliedToOutreach.class)).isEmpty();

        UUID campaign = UUID.randomUUID();
        fixture.outreachSentOnly(org, maya, address, campaign, outreachId);

        UUID thread = fixture.threadOf(org, "<early@creator.test>");
        InboxFixture.awaitTrue(() -> fixture.count("select count(*) from email_threads where id = ? and campaign_id = ?",
                thread, campaign) == 1, "thread linked to the outreach");
        InboxFixture.awaitTrue(() -> Tenancy.callAs(org.id(), () -> creators.find(maya).orElseThrow().tracked()),
                "creator tracked by the late reply");
    }

    @Test
    void aBatchAnnouncementRecordsEveryEmailAndLinksOnlyTheThreadsSyncedBeforeItOnce() throws Exception {
        String repliedTo = "<late-a-" + UUID.randomUUID() + "@sandbox.creatordesk.local>";
        String bounced = "<late-b-" + UUID.randomUUID() + "@sandbox.creatordesk.local>";
        String quiet = "<late-c-" + UUID.randomUUID() + "@sandbox.creatordesk.local>";
        String reply = "<early-" + UUID.randomUUID() + "@creator.test>";
        fixture.deliver(org, mail(reply, "In-Reply-To: " + repliedTo + "\nReferences: " + repliedTo, address, "Re: Late",
                "Count me in"));
        fixture.deliver(org, fixture.bounceOf(org, address, "Late", bounced));
        fixture.sync(org);
        UUID campaign = UUID.randomUUID();
        OutreachSent[] batch = Stream.of(repliedTo, bounced, quiet).map(messageId -> new OutreachSent(org.id(),
                UUID.randomUUID(), messageId, campaign, maya.value(), address)).toArray(OutreachSent[]::new);

        try (RecordedEvents<CreatorRepliedToOutreach> replied = new RecordedEvents<>(context, CreatorRepliedToOutreach.class);
                RecordedEvents<OutreachBounced> bounces = new RecordedEvents<>(context, OutreachBounced.class)) {
            fixture.announce(org, batch);
            UUID thread = fixture.threadOf(org, reply);
            InboxFixture.awaitTrue(() -> fixture.count("select count(*) from email_threads where id = ? and campaign_id = ?",
                    thread, campaign) == 1, "thread linked to the outreach");
            InboxFixture.awaitTrue(() -> replied.of(org.id()).size() == 1 && bounces.of(org.id()).size() == 1,
                    "the late reply and the late bounce announced");

            fixture.announce(org, batch); // handled again, as the event registry may
            InboxFixture.awaitTrue(() -> fixture.count("select count(*) from event_publication where listener_id = "
                    + "'inbox-remember-outreach-batch' and serialized_event like ?", "%" + org.id().value() + "%") == 0,
                    "both announcements handled");

            assertThat(replied.of(org.id())).singleElement().satisfies(event -> assertThat(event.threadId()).isEqualTo(thread));
            assertThat(bounces.of(org.id())).extracting(OutreachBounced::messageId).containsExactly(bounced);
        }
        assertThat(fixture.count("select count(*) from inbox_outreach_messages where organization_id = ? and campaign_id = ?",
                org.id().value(), campaign)).isEqualTo(3);
        assertThat(fixture.count("select count(*) from email_threads where organization_id = ? and campaign_id = ?",
                org.id().value(), campaign)).as("the quiet email has no thread yet").isEqualTo(2);
    }

    /** A plain email dated now (APPEND takes its server date from the Date header). */
    static String mail(String messageId, String extraHeaders, String from, String subject, String body) {
        return "From: " + from + "\nTo: team@brand.test\nSubject: " + subject + "\nMessage-ID: " + messageId + "\n"
                + "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now()) + "\n"
                + (extraHeaders.isEmpty() ? "" : extraHeaders + "\n") + "\n" + body + "\n";
    }
}
