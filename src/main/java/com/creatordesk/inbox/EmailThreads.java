package com.creatordesk.inbox;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.inbox.domain.EmailThread;
import com.creatordesk.inbox.domain.ThreadFinder;
import com.creatordesk.inbox.domain.ThreadUpdates;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox module's facade: email threads of the current organization (signed-in member, or the one a
 * background job is bound to), for modules that show or link them, such as collaborations. A thread that
 * was merged into another answers as the one it was merged into; another organization's thread is unknown.
 */
@Service
public class EmailThreads {

    public static final int MAX_LIST = 100;

    private final ThreadFinder finder;
    private final ThreadUpdates updates;

    EmailThreads(ThreadFinder finder, ThreadUpdates updates) {
        this.finder = finder;
        this.updates = updates;
    }

    @Transactional(readOnly = true)
    public Optional<ThreadSummary> find(UUID threadId) {
        return finder.find(threadId).map(EmailThreads::summary);
    }

    /** Threads any of the addresses took part in, newest first. */
    @Transactional(readOnly = true)
    public List<ThreadSummary> withAddresses(Collection<String> addresses, int limit) {
        return finder.withAddresses(addresses, Math.max(1, Math.min(limit, MAX_LIST))).stream().map(EmailThreads::summary).toList();
    }

    /** The creator's threads: those answering outreach to them, and those with their email addresses; newest first. */
    @Transactional(readOnly = true)
    public List<ThreadSummary> ofCreator(CreatorId creator, int limit) {
        return finder.ofCreator(creator, Math.max(1, Math.min(limit, MAX_LIST))).stream().map(EmailThreads::summary).toList();
    }

    /**
     * Records that the thread is linked to a collaboration (shown in the Inbox and used by its filters); joins
     * the caller's transaction, so a collaboration and its link can be saved together. Waits for a sync of
     * the organization's mailbox that is storing mail at that moment.
     *
     * @return false when the thread is not the organization's (nothing changed; the caller's transaction is
     *     not marked for rollback)
     */
    @Transactional
    public boolean linkCollaboration(UUID threadId, UUID collaborationId) {
        Optional<EmailThread> thread = updates.lockedForUpdate(threadId);
        thread.ifPresent(found -> found.linkCollaboration(collaborationId));
        return thread.isPresent();
    }

    /** Undoes {@link #linkCollaboration} when the thread is still linked to that collaboration. */
    @Transactional
    public void unlinkCollaboration(UUID threadId, UUID collaborationId) {
        updates.lockedForUpdate(threadId).filter(thread -> collaborationId.equals(thread.getCollaborationId()))
                .ifPresent(thread -> thread.linkCollaboration(null));
    }

    static ThreadSummary summary(EmailThread thread) {
        return new ThreadSummary(thread.getId(), thread.getSubject(), thread.getParticipants(), thread.getCounterpartName(),
                thread.getMessageCount(), thread.getLastMessageAt(), thread.isNeedsAttention(), thread.getCampaignId(),
                thread.getCreatorId(), thread.getCollaborationId());
    }
}
