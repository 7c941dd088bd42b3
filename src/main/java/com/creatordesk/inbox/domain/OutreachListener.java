package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.events.OutreachBatchSent;
import com.creatordesk.outreach.events.OutreachSent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Remembers each outreach Message-ID, and starts syncing the organization's mailbox so the replies come
 * in. When the reply (or a bounce) was synced before the email was announced, the thread learns about its
 * outreach now and the facts are published late: the order of the two never matters. A batch is handled
 * set-based: its Message-IDs are recorded and looked up in one statement each; only the few that already
 * have a thread cost more.
 */
@Component
class OutreachListener {

    private final OutreachLog outreach;
    private final ThreadKeys keys;
    private final Threads threads;
    private final Messages messages;
    private final InboxLocks locks;
    private final MessageEvents events;
    private final SyncedMailboxes mailboxes;
    private final AppInstance instance;
    private final Clock clock;

    OutreachListener(OutreachLog outreach, ThreadKeys keys, Threads threads, Messages messages, InboxLocks locks,
            MessageEvents events, SyncedMailboxes mailboxes, AppInstance instance, Clock clock) {
        this.outreach = outreach;
        this.keys = keys;
        this.threads = threads;
        this.messages = messages;
        this.locks = locks;
        this.events = events;
        this.mailboxes = mailboxes;
        this.instance = instance;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "inbox-remember-outreach-batch")
    void on(OutreachBatchSent sent) {
        remember(sent.organizationId(), sent.emails());
    }

    /** One email announced on its own: publications stored by versions before batches. */
    @ApplicationModuleListener(id = "inbox-remember-outreach")
    void on(OutreachSent sent) {
        remember(sent.organizationId(), List.of(sent));
    }

    private void remember(OrganizationId organization, List<OutreachSent> emails) {
        UUID organizationId = organization.value();
        mailboxes.register(organizationId, instance.id(), clock.instant());
        locks.lockThreadsOf(organizationId);
        Set<String> recorded = outreach.record(organizationId, emails, clock.instant());
        if (recorded.isEmpty()) {
            return;
        }
        Map<String, UUID> threadIds = keys.find(organizationId, recorded);
        for (OutreachSent sent : emails) {
            String messageId = sent.messageId().strip();
            UUID threadId = threadIds.remove(messageId);
            if (threadId != null) {
                linkLate(organization, threadId, messageId, sent);
            }
        }
    }

    /** The thread holding the outreach email was synced first: it learns about its outreach now. */
    private void linkLate(OrganizationId organization, UUID threadId, String messageId, OutreachSent sent) {
        EmailThread thread = threads.findById(threadId).orElseThrow();
        while (thread.getMergedInto() != null) {
            thread = threads.findById(thread.getMergedInto()).orElseThrow();
        }
        thread.linkOutreach(messageId, sent.campaignId(), sent.creatorId());
        if (messageId.equals(thread.getOutreachMessageId())) {
            EmailThread linked = thread;
            messages.findConversationFromOutside(thread.getId()).stream().filter(EmailMessage::isReply).findFirst()
                    .ifPresent(reply -> events.repliedToOutreach(organization, linked, reply));
        }
        messages.findBouncesOf(messageId).stream().findFirst()
                .ifPresent(bounce -> events.bounced(organization, messageId, bounce.getDiagnostic()));
    }
}
