package com.creatordesk.inbox.domain;

import com.creatordesk.outreach.events.OutreachSent;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Remembers each outreach Message-ID, and starts syncing the organization's mailbox so the replies come
 * in. When the reply (or a bounce) was synced before this event was handled, the thread learns about its
 * outreach now and the facts are published late: the order of the two never matters.
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

    @ApplicationModuleListener(id = "inbox-remember-outreach")
    void on(OutreachSent sent) {
        UUID organization = sent.organizationId().value();
        mailboxes.register(organization, instance.id(), clock.instant());
        locks.lockThreadsOf(organization);
        if (!outreach.record(sent, clock.instant())) {
            return;
        }
        String messageId = sent.messageId().strip();
        UUID threadId = keys.find(organization, List.of(messageId)).get(messageId);
        if (threadId == null) {
            return;
        }
        EmailThread thread = threads.findById(threadId).orElseThrow();
        while (thread.getMergedInto() != null) {
            thread = threads.findById(thread.getMergedInto()).orElseThrow();
        }
        thread.linkOutreach(messageId, sent.campaignId(), sent.creatorId());
        if (messageId.equals(thread.getOutreachMessageId())) {
            EmailThread linked = thread;
            messages.findConversationFromOutside(thread.getId()).stream().filter(EmailMessage::isReply).findFirst()
                    .ifPresent(reply -> events.repliedToOutreach(sent.organizationId(), linked, reply));
        }
        messages.findBouncesOf(messageId).stream().findFirst()
                .ifPresent(bounce -> events.bounced(sent.organizationId(), messageId, bounce.getDiagnostic()));
    }
}
