package com.creatordesk.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.IntegrationTest;
import com.creatordesk.MailProxy;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.MailboxTestSupport;
import com.creatordesk.mailbox.domain.TeamMailbox;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.Outbox;
import com.creatordesk.outreach.domain.OutboxWorker;
import com.creatordesk.outreach.domain.OutgoingOutreach;
import com.creatordesk.outreach.events.OutreachBatchSent;
import com.creatordesk.outreach.events.OutreachSent;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Sent copies are kept beside the sending, on a thread and IMAP connection of their own. Still every
 * email that went out has exactly one copy, and none is recorded Sent (and announced) before its copy is in
 * the Sent folder, even when the copies fall behind.
 */
@IntegrationTest
class OutboxSentCopiesIntegrationTests {

    /** More than a claimed batch (50), and many more than the copies that may wait to be kept. */
    static final int EMAILS = 120;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired TransactionTemplate transactions;
    @Autowired SandboxServer sandbox;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void everyEmailHasItsCopyInSentBeforeItIsRecordedAndTheRunIsAnnouncedInBatches() throws Exception {
        Brand brand = OutreachTestSupport.brand(mvc, jdbc, "Pipelined Copies Co");
        mvc.perform(brand.owner().as(post("/outreach/limits").with(csrf()).param("ratePerMinute", "100000")
                .param("dailyCap", "100000")));
        TeamMailbox team = sandbox.teamMailbox(brand.organization());
        List<OutgoingOutreach> emails = emails(brand);
        List<String> announcedBeforeTheirCopy = new CopyOnWriteArrayList<>();

        // the sandbox's mail server entered as the team mailbox, its IMAP slow: copies fall behind the sending
        try (MailProxy slowImap = new MailProxy(sandbox.imapPort());
                RecordedOutreach recorded = new RecordedOutreach(context, batch -> {
                    if (batch.organizationId().equals(brand.organization())) {
                        Set<String> inSent = new HashSet<>(sentFolder(team));
                        batch.emails().stream().map(OutreachSent::messageId).filter(id -> !inSent.contains(id))
                                .forEach(announcedBeforeTheirCopy::add);
                    }
                })) {
            MailboxTestSupport.saveMailbox(mvc, brand.owner(), slowImap.port(), sandbox.smtpPort(), team.username(),
                    team.password());
            slowImap.delayAnswers(Duration.ofMillis(5));
            Tenancy.runAs(brand.organization(), () -> transactions.executeWithoutResult(status -> outbox.enqueue(emails)));
            worker.drainNow(brand.organization());
            await().atMost(Duration.ofSeconds(60)).until(() -> sent(brand.organization()) == EMAILS);

            assertThat(announcedBeforeTheirCopy).isEmpty();
            List<String> messageIds = emails.stream().map(OutgoingOutreach::messageId).toList();
            assertThat(recorded.sent(brand.organization())).extracting(OutreachSent::messageId)
                    .containsExactlyInAnyOrderElementsOf(messageIds);
            assertThat(recorded.batches(brand.organization())).as("one announcement per recorded batch, not per email")
                    .hasSizeBetween(3, EMAILS / 10).allSatisfy(batch -> assertThat(batch.emails()).hasSizeLessThanOrEqualTo(50));
            assertThat(sentFolder(team)).as("exactly one copy of each").containsExactlyInAnyOrderElementsOf(messageIds);
        }
    }

    private List<OutgoingOutreach> emails(Brand brand) {
        MemberId owner = new MemberId(jdbc.queryForObject("select id from members where email = ?", UUID.class,
                brand.owner().email()));
        UUID campaign = UUID.randomUUID();
        List<OutgoingOutreach> emails = new ArrayList<>();
        for (int i = 0; i < EMAILS; i++) {
            UUID id = UUID.randomUUID();
            emails.add(new OutgoingOutreach(id, brand.organization(), campaign, UUID.randomUUID(), null, null, "Creator " + i,
                    OutreachTestSupport.unique("copy" + i), "Hello " + i, "Hi " + i, "http://localhost/u/" + id,
                    "<" + UUID.randomUUID() + "@copies.test>", owner));
        }
        return emails;
    }

    private int sent(OrganizationId organization) {
        return jdbc.queryForObject("select count(*) from outreach_messages where organization_id = ? and status = 'SENT'",
                Integer.class, organization.value());
    }

    /** The Message-IDs in the team's Sent folder, fetched in one go (one message at a time is slow in GreenMail). */
    private List<String> sentFolder(TeamMailbox team) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", sandbox.imapPort(), team.username(), team.password());
            try {
                Folder sent = store.getFolder("Sent");
                if (!sent.exists()) {
                    return List.of();
                }
                sent.open(Folder.READ_ONLY);
                Message[] copies = sent.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add("Message-ID");
                sent.fetch(copies, profile);
                List<String> ids = new ArrayList<>();
                for (Message copy : copies) {
                    ids.add(copy.getHeader("Message-ID")[0]);
                }
                sent.close(false);
                return ids;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
