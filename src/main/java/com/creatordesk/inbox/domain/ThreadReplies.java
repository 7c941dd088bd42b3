package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.inbox.domain.mime.MimeReader;
import com.creatordesk.inbox.domain.mime.UnreadableMailException;
import com.creatordesk.mailbox.MailSender;
import com.creatordesk.mailbox.MailboxUnavailableException;
import com.creatordesk.mailbox.Mailboxes;
import com.creatordesk.mailbox.MessageIds;
import com.creatordesk.mailbox.OutgoingMail;
import com.creatordesk.mailbox.SendResult;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reply from the app: sent through the team mailbox as a proper reply in the thread (In-Reply-To and
 * References), stored in the thread at once, and a copy put in the Sent folder, whose sync then finds the
 * Message-ID already stored. No transaction is held while mail is sent.
 */
@Service
public class ThreadReplies {

    /** The mailbox did not take the reply; the message says why. Nothing was stored. */
    public static class NotSent extends RuntimeException {
        NotSent(String reason) {
            super(reason);
        }
    }

    private record Draft(String to, String subject, String parentMessageId, List<String> parentReferences) {
    }

    private static final Logger log = LoggerFactory.getLogger(ThreadReplies.class);

    private final ThreadFinder finder;
    private final Messages messages;
    private final MailSender sender;
    private final MessageIds messageIds;
    private final Mailboxes mailboxes;
    private final MailStore store;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ThreadReplies(ThreadFinder finder, Messages messages, MailSender sender, MessageIds messageIds, Mailboxes mailboxes,
            MailStore store, PlatformTransactionManager transactions, Clock clock) {
        this.finder = finder;
        this.messages = messages;
        this.sender = sender;
        this.messageIds = messageIds;
        this.mailboxes = mailboxes;
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** @return the thread the reply is in */
    public UUID reply(OrganizationId organization, UUID threadId, String text) {
        Draft draft = readOnly.execute(status -> draft(threadId));
        OutgoingMail mail = OutgoingMail.to(draft.to(), draft.subject(), text).withMessageId(messageIds.generate(organization));
        if (draft.parentMessageId() != null) {
            mail = mail.asReplyTo(draft.parentMessageId(), draft.parentReferences());
        }
        SendResult result = sender.send(organization, mail);
        if (!result.isSent()) {
            throw new NotSent(result.detail());
        }
        byte[] mime = sender.toMime(organization, mail);
        UUID stored;
        try {
            stored = store.storeSentFromApp(organization, mailboxes.status(organization).address(), MimeReader.read(mime, clock.instant()));
        } catch (UnreadableMailException e) {
            throw new IllegalStateException("an email we built ourselves can always be read", e);
        }
        try {
            sender.appendToSent(organization, mime);
        } catch (MailboxUnavailableException e) {
            log.warn("Reply {} was sent and stored, but not copied to the Sent folder: {}", result.messageId(), e.getMessage());
        }
        return stored;
    }

    private Draft draft(UUID threadId) {
        EmailThread thread = finder.find(threadId).orElseThrow(() -> new NotFoundException("Email thread"));
        List<EmailMessage> all = messages.findThread(thread.getId());
        String to = all.stream().filter(m -> m.isInbound() && m.isConversation() && m.replyAddress() != null)
                .max(Comparator.comparing(EmailMessage::getReceivedAt)).map(EmailMessage::replyAddress)
                .orElse(thread.getCounterpartAddress());
        if (to == null) {
            throw new NotSent("This thread has no outside address to reply to.");
        }
        EmailMessage parent = latest(all);
        String subject = parent != null && !parent.getSubject().isBlank() ? parent.getSubject() : thread.getSubject();
        if (!subject.toLowerCase(Locale.ROOT).startsWith("re:")) {
            subject = "Re: " + subject;
        }
        return parent == null ? new Draft(to, subject, null, List.of())
                : new Draft(to, subject, parent.getMessageId(), referencesOf(parent));
    }

    /** What the parent's References would have been (RFC 5322: its In-Reply-To when it has no References). */
    private static List<String> referencesOf(EmailMessage parent) {
        if (parent.getReferenceIds().isEmpty() && parent.getInReplyTo() != null) {
            return List.of(parent.getInReplyTo());
        }
        return parent.getReferenceIds();
    }

    /**
     * The message the reply answers: the newest one nobody in the thread has answered yet. Server dates have
     * whole seconds (a creator's quick reply has the date of our email), so "newest" alone can pick a parent
     * that was already answered and leave the reply out of References.
     */
    static EmailMessage latest(List<EmailMessage> thread) {
        Set<String> answered = new HashSet<>();
        for (EmailMessage message : thread) {
            if (message.getInReplyTo() != null) {
                answered.add(message.getInReplyTo());
            }
            answered.addAll(message.getReferenceIds());
        }
        return thread.stream().filter(m -> !m.isDerivedMessageId())
                .max(Comparator.comparing((EmailMessage m) -> !answered.contains(m.getMessageId()))
                        .thenComparing(EmailMessage::getReceivedAt).thenComparing(EmailMessage::getStoredAt))
                .orElse(null);
    }
}
