package com.creatordesk.mailbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MailboxSession;
import com.creatordesk.mailbox.MailboxSessions;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SandboxIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailSender sender;
    @Autowired MessageIds messageIds;
    @Autowired MailboxSessions sessions;
    @Autowired SandboxMessages sandbox;

    @Test
    void aCreatorRepliesAsAProperReplyThatReachesTheTeamInboxOverImap() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Reply Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        String creator = TestAccounts.uniqueEmail("maya");
        String outreachId = messageIds.generate(organization);
        sender.send(organization, OutgoingMail.to(creator, "Summer campaign", "Hi Maya, interested?")
                .asReplyTo("<earlier@brand.test>", List.of("<first@brand.test>", "<earlier@brand.test>"))
                .withMessageId(outreachId));
        long uid = sandbox.conversation(organization, creator).get(0).uid();

        mvc.perform(owner.as(get("/mailbox/sandbox")))
                .andExpect(content().string(containsString(creator)));
        mvc.perform(owner.as(get("/mailbox/sandbox/addresses/" + creator + "/inbox/" + uid)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hi Maya, interested?")))
                .andExpect(content().string(containsString("Reply as " + creator)));
        mvc.perform(owner.as(post("/mailbox/sandbox/addresses/" + creator + "/inbox/" + uid + "/reply").with(csrf())
                        .param("body", "Yes, count me in!")))
                .andExpect(redirectedUrl("/mailbox/sandbox/addresses/" + creator));

        try (MailboxSession team = sessions.open(organization)) {
            Folder inbox = team.inbox();
            inbox.open(Folder.READ_ONLY);
            Message reply = inbox.getMessages()[0];
            assertThat(reply.getSubject()).isEqualTo("Re: Summer campaign");
            assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(creator);
            assertThat(reply.getHeader("In-Reply-To")).containsExactly(outreachId);
            assertThat(reply.getHeader("References")[0].split("\\s+"))
                    .containsExactly("<first@brand.test>", "<earlier@brand.test>", outreachId);
            assertThat((String) reply.getContent()).startsWith("Yes, count me in!").contains("> Hi Maya, interested?");
            inbox.close(false);
        }
        assertThat(sandbox.conversation(organization, creator)).extracting(SandboxEntry::box)
                .containsExactly(SandboxEntry.Box.SENT, SandboxEntry.Box.RECEIVED);
    }

    @Test
    void writingAsACreatorListsTheAddressAndDeliversToTheTeam() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Write Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);
        String creator = TestAccounts.uniqueEmail("leo");

        mvc.perform(owner.as(post("/mailbox/sandbox/messages").with(csrf())
                        .param("from", creator).param("subject", "Collab?").param("body", "Love your brand.")))
                .andExpect(redirectedUrl("/mailbox/sandbox/addresses/" + creator));

        mvc.perform(owner.as(get("/mailbox/sandbox"))).andExpect(content().string(containsString(creator)));
        mvc.perform(owner.as(get("/mailbox/sandbox/addresses/" + creator)))
                .andExpect(content().string(containsString("Sent to the team")))
                .andExpect(content().string(containsString("Collab?")));
        try (MailboxSession team = sessions.open(organization)) {
            Folder inbox = team.inbox();
            inbox.open(Folder.READ_ONLY);
            assertThat(Arrays.stream(inbox.getMessages()).map(SandboxIntegrationTests::subject)).containsExactly("Collab?");
            inbox.close(false);
        }
    }

    @Test
    void badInputOnTheWriteFormIsExplainedAndKept() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Typo Write Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);

        mvc.perform(owner.as(post("/mailbox/sandbox/messages").with(csrf())
                        .param("from", "not-an-address").param("subject", "Kept subject").param("body", "")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Enter a valid email address.")))
                .andExpect(content().string(containsString("Write the message.")))
                .andExpect(content().string(containsString("value=\"Kept subject\"")));
        mvc.perform(owner.as(post("/mailbox/sandbox/messages").with(csrf())
                        .param("from", SandboxServer.teamAddress(organization)).param("subject", "x").param("body", "y")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("That&#39;s the team&#39;s own address: write as a creator.")));
    }

    @Test
    void anotherOrganizationSeesNoneOfItsSandboxMail() throws Exception {
        SignedIn ownerA = TestAccounts.signUp(mvc, "Sandbox A");
        OrganizationId organizationA = MailboxTestSupport.organizationOf(jdbc, ownerA);
        SignedIn ownerB = TestAccounts.signUp(mvc, "Sandbox B");
        OrganizationId organizationB = MailboxTestSupport.organizationOf(jdbc, ownerB);
        String shared = TestAccounts.uniqueEmail("shared");
        sender.send(organizationA, OutgoingMail.to(shared, "From A only", "Secret offer from A"));
        sender.send(organizationB, OutgoingMail.to(shared, "From B", "Hello from B"));
        long uidOfA = sandbox.conversation(organizationA, shared).get(0).uid();

        mvc.perform(ownerB.as(get("/mailbox/sandbox/addresses/" + shared)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From B")))
                .andExpect(content().string(not(containsString("From A only"))));
        mvc.perform(ownerB.as(get("/mailbox/sandbox/addresses/" + shared + "/inbox/" + uidOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(ownerB.as(post("/mailbox/sandbox/addresses/" + shared + "/inbox/" + uidOfA + "/reply").with(csrf())
                        .param("body", "hijack")))
                .andExpect(status().isNotFound());
        String onlyA = TestAccounts.uniqueEmail("only-a");
        sender.send(organizationA, OutgoingMail.to(onlyA, "Just A", "Just A"));
        mvc.perform(ownerB.as(get("/mailbox/sandbox"))).andExpect(content().string(not(containsString(onlyA))));
        mvc.perform(ownerB.as(get("/mailbox/sandbox/addresses/" + onlyA))).andExpect(status().isNotFound());
    }

    @Test
    void anyMemberMayUseTheSandboxButNotWithoutTheCsrfToken() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Member Sandbox Co");
        SignedIn member = MailboxTestSupport.member(mvc, owner);

        mvc.perform(member.as(get("/mailbox/sandbox"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sandbox — mail is not delivered to the internet.")));
        mvc.perform(member.as(post("/mailbox/sandbox/messages")
                        .param("from", "a@creator.test").param("subject", "x").param("body", "y")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvitationIsEmailedWithItsLink() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Invite Mail Co");
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, owner);

        MailboxTestSupport.Invited invited = MailboxTestSupport.invite(mvc, owner);

        SandboxEntry email = sandbox.conversation(organization, invited.email()).get(0);
        assertThat(email.subject()).isEqualTo("Olivia Owner invited you to join Invite Mail Co on Creatordesk");
        assertThat(sandbox.message(organization, invited.email(), email.box(), email.uid()).body())
                .contains(invited.link());
    }

    @Test
    void addressesArePagedAlphabetically() throws Exception {
        OrganizationId organization = MailboxTestSupport.organizationOf(jdbc, TestAccounts.signUp(mvc, "Paging Co"));
        String tag = TestAccounts.uniqueEmail("x").substring(2, 10);
        sender.sendAll(organization, List.of(OutgoingMail.to("c-" + tag + "@creator.test", "3", "3"),
                OutgoingMail.to("a-" + tag + "@creator.test", "1", "1"), OutgoingMail.to("b-" + tag + "@creator.test", "2", "2")));

        SandboxMessages.Page first = sandbox.addresses(organization, null, 2);
        SandboxMessages.Page second = sandbox.addresses(organization, first.nextAfter(), 2);

        assertThat(first.addresses()).extracting(SandboxAddress::address)
                .containsExactly("a-" + tag + "@creator.test", "b-" + tag + "@creator.test");
        assertThat(second.addresses()).extracting(SandboxAddress::address).containsExactly("c-" + tag + "@creator.test");
        assertThat(second.nextAfter()).isNull();
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
