package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.InboxFixture.Outreach;
import com.creatordesk.mailbox.sandbox.SandboxEntry;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Inbox screens: list, search, filters, paging, the thread page, Reply, the Emails tab and cross-org 404s. */
@IntegrationTest
class InboxWebIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired SandboxMessages sandbox;
    @Autowired EmailThreads emailThreads;
    InboxFixture fixture;
    Org org;
    String address;
    CreatorId maya;

    @BeforeEach
    void setUp() throws Exception {
        fixture = InboxFixture.of(context);
        org = fixture.organization("Web Co");
        fixture.holdClaim(org);
        address = TestAccounts.uniqueEmail("maya");
        maya = fixture.creator(org, address);
    }

    @Test
    void anEmptyInboxSaysWhatWillAppear() throws Exception {
        assertThat(page("/inbox")).contains("Your inbox is empty").doesNotContain("No threads match");
        assertThat(page("/inbox?q=nothing")).contains("No threads match").doesNotContain("Your inbox is empty");
    }

    @Test
    void listsThreadsNewestFirstWithTheCreatorAndWhatNeedsAttention() throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Summer collab");
        fixture.reply(org, address, "Sounds great, I'm in!");
        fixture.sync(org);
        Thread.sleep(1100); // server times have whole seconds: the next email is newer
        fixture.deliverToSent(org, InboxSyncIntegrationTests.mail("<note@brand.test>", "", fixture.teamAddress(org),
                "Internal note", "Only the team wrote here"));
        fixture.sync(org);

        String inbox = page("/inbox");

        assertThat(inbox).contains("maya_", "Instagram @", "Summer collab", "Sounds great, I&#39;m in!", "Needs attention");
        String rows = inbox.substring(inbox.indexOf("<tbody>"));
        assertThat(rows.indexOf("Internal note")).isLessThan(rows.indexOf("Summer collab"));
        String attention = results("/inbox?attention=true");
        assertThat(attention).contains("Summer collab").doesNotContain("Internal note");
        String byCampaign = results("/inbox?campaign=" + outreach.campaignId());
        assertThat(byCampaign).contains("Summer collab").doesNotContain("Internal note");
        assertThat(page("/inbox")).contains("Outreach: Summer collab");
        assertThat(results("/inbox?q=INTERNAL")).contains("Internal note").doesNotContain("Summer collab");
        assertThat(page("/inbox?linked=linked")).contains("No threads match");

        UUID thread = fixture.threadOf(org, outreach.messageId());
        UUID collaboration = UUID.randomUUID();
        com.creatordesk.identity.Tenancy.runAs(org.id(), () -> emailThreads.linkCollaboration(thread, collaboration));
        assertThat(results("/inbox?linked=linked")).contains("Summer collab", "/collaborations/" + collaboration)
                .doesNotContain("Internal note");
        assertThat(results("/inbox?linked=not-linked")).contains("Internal note").doesNotContain("Summer collab");
        assertThat(mvc.perform(org.owner().as(get("/inbox").param("q", "summer")).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString()).contains("Summer collab").doesNotContain("<html");
    }

    @Test
    void pagesThroughThreadsByKeyset() throws Exception {
        for (int i = 1; i <= 27; i++) {
            fixture.deliver(org, InboxSyncIntegrationTests.mail("<p" + i + "@creator.test>", "", "p" + i + "@creator.test",
                    "Pitch number " + i, "Hello " + i));
        }
        fixture.sync(org);

        String first = page("/inbox");
        assertThat(count(first, "Pitch number ")).isEqualTo(25);
        String next = first.substring(first.indexOf("href=\"", first.indexOf("Older threads") - 200) + 6);
        next = next.substring(0, next.indexOf('"')).replace("&amp;", "&");
        String second = page(next);

        assertThat(count(second, "Pitch number ")).isEqualTo(2);
        assertThat(second).contains("Newest threads").doesNotContain("Older threads");
    }

    @Test
    void theThreadPageShowsSanitisedHtmlWithRemoteImagesBlockedUntilAllowed() throws Exception {
        fixture.deliver(org, """
                From: %s
                To: team@brand.test
                Subject: Media kit
                Message-ID: <kit@creator.test>
                Content-Type: text/html; charset=utf-8

                <p onclick="steal()">My <b>media kit</b><script>alert(1)</script><img src="https://tracker.test/pixel.gif" alt="pixel"></p>
                """.formatted(address));
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, "<kit@creator.test>");

        String blocked = page("/inbox/threads/" + thread);
        assertThat(blocked).contains("<b>media kit</b>", "[image: pixel]", "Show images", "Create Collaboration",
                "/collaborations/threads/" + thread + "/panel").doesNotContain("tracker.test", "alert(1)", "steal()");
        assertThat(page("/inbox/threads/" + thread + "?images=true")).contains("https://tracker.test/pixel.gif");
    }

    @Test
    void aReplyFromTheAppIsSentAsAReplyShownAtOnceAndStoredOnceAfterTheSentFolderSync() throws Exception {
        Outreach outreach = fixture.outreach(org, maya, address, UUID.randomUUID(), "Winter");
        String creatorReply = fixture.reply(org, address, "Interested!");
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, outreach.messageId());

        mvc.perform(org.owner().as(post("/inbox/threads/" + thread + "/reply").with(csrf()).param("body", "Great, here are the terms.")))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/inbox/threads/" + thread)).contains("Great, here are the terms.");
        SandboxEntry received = sandbox.conversation(org.id(), address).stream().filter(SandboxEntry::isReceived)
                .filter(entry -> entry.subject().equals("Re: Winter")).findFirst().orElseThrow();
        assertThat(received.references()).containsExactly(outreach.messageId(), creatorReply);
        fixture.sync(org);
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ?", thread)).isEqualTo(3);
        assertThat(fixture.count("select count(*) from email_messages where thread_id = ? and source = 'APP' "
                + "and in_reply_to = ?", thread, creatorReply)).isEqualTo(1);
        assertThat(fixture.count("select count(*) from email_threads where id = ? and not needs_attention", thread)).isEqualTo(1);
    }

    @Test
    void anEmptyReplyIsRefusedNextToTheField() throws Exception {
        fixture.deliver(org, InboxSyncIntegrationTests.mail("<hello@creator.test>", "", address, "Hello", "Hi"));
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, "<hello@creator.test>");

        String page = mvc.perform(org.owner().as(post("/inbox/threads/" + thread + "/reply").with(csrf()).param("body", "  ")))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Write your reply first.");
        assertThat(fixture.messages(org)).isEqualTo(1);
    }

    @Test
    void theCreatorsEmailsTabListsTheirThreads() throws Exception {
        fixture.outreach(org, maya, address, UUID.randomUUID(), "Tab test");
        fixture.write(org, address, "Another idea", "Hi again");
        fixture.sync(org);

        String tab = page("/inbox/creators/" + maya.value() + "/tab");

        assertThat(tab).contains("Tab test", "Another idea").doesNotContain("<html", "No emails yet");
        mvc.perform(org.owner().as(get("/inbox/creators/" + UUID.randomUUID() + "/tab"))).andExpect(status().isNotFound());
    }

    @Test
    void anotherOrganizationsThreadsAreNotFound() throws Exception {
        fixture.deliver(org, InboxSyncIntegrationTests.mail("<private@creator.test>", "", address, "Private", "Secret"));
        fixture.sync(org);
        UUID thread = fixture.threadOf(org, "<private@creator.test>");
        Org other = fixture.organization("Other Co");

        mvc.perform(other.owner().as(get("/inbox/threads/" + thread))).andExpect(status().isNotFound());
        mvc.perform(other.owner().as(post("/inbox/threads/" + thread + "/reply").with(csrf()).param("body", "hi")))
                .andExpect(status().isNotFound());
        mvc.perform(other.owner().as(get("/inbox/creators/" + maya.value() + "/tab"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(other.owner().as(get("/inbox").param("q", "private"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Private");
        assertThat(com.creatordesk.identity.Tenancy.callAs(other.id(), () -> emailThreads.find(thread))).isEmpty();
    }

    @Test
    void syncStatusShowsHealthAndSyncNowAsksForAPass() throws Exception {
        String fragment = mvc.perform(org.owner().as(get("/inbox/sync/status")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Inbox sync", "Last successful sync", "Lag", "Sync now").doesNotContain("<html");

        String requested = mvc.perform(org.owner().as(post("/inbox/sync/now").with(csrf())).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(requested).contains("Syncing…", "every 2s");
        fixture.sync(org);
        assertThat(page("/inbox/sync/status")).contains("Connected").doesNotContain("Syncing…");
        assertThat(page("/settings/mailbox")).contains("hx-get=\"/inbox/sync/status\"");
    }

    private String page(String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        return mvc.perform(org.owner().as(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The list part of the Inbox page (the filters above it name campaigns by their subjects). */
    private String results(String path) throws Exception {
        String page = page(path);
        return page.substring(page.indexOf("id=\"results\""));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
