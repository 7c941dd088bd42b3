package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.domain.BulkRecipients.RecipientRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the Bulk sends screens show: the history with progress, a send's preflight, progress and recipients. */
@Service
public class BulkSendViews {

    public record HistoryItem(BulkSend bulkSend, BulkProgress progress) {
    }

    private final BulkSends bulkSends;
    private final BulkRecipients recipients;
    private final OutreachMessages messages;
    private final SendingLimits limits;

    BulkSendViews(BulkSends bulkSends, BulkRecipients recipients, OutreachMessages messages, SendingLimits limits) {
        this.bulkSends = bulkSends;
        this.recipients = recipients;
        this.messages = messages;
        this.limits = limits;
    }

    /** Newest first, {@code size} at a time after the cursor. */
    @Transactional(readOnly = true)
    public Slice<HistoryItem> history(OrganizationId organization, String after, int size) {
        Limit limit = Limit.of(size + 1);
        List<BulkSend> found = Cursor.parse(after).map(cursor -> bulkSends.newestAfter(cursor.at(), cursor.id(), limit))
                .orElseGet(() -> bulkSends.newest(limit));
        Slice<BulkSend> page = Slice.of(found, size, bulk -> new Cursor(bulk.getCreatedAt(), bulk.getId()).token());
        Map<UUID, Map<MessageStatus, Long>> counts = messages.countByBulkSendAndStatus(
                        page.rows().stream().map(BulkSend::getId).toList()).stream()
                .collect(Collectors.groupingBy(OutreachMessages.BulkStatusCount::getBulkSendId,
                        Collectors.toMap(OutreachMessages.StatusCount::getStatus, OutreachMessages.StatusCount::getCount)));
        boolean quotaReached = limits.quotaReached(organization);
        return new Slice<>(page.rows().stream().map(bulk -> new HistoryItem(bulk,
                progress(counts.getOrDefault(bulk.getId(), Map.of()), quotaReached))).toList(), page.next());
    }

    @Transactional(readOnly = true)
    public BulkProgress progress(OrganizationId organization, UUID bulkSend) {
        Map<MessageStatus, Long> counts = messages.countByStatus(bulkSend).stream()
                .collect(Collectors.toMap(OutreachMessages.StatusCount::getStatus, OutreachMessages.StatusCount::getCount));
        return progress(counts, limits.quotaReached(organization));
    }

    /** How many recipients the preflight found Resolved, Invalid and Skipped. */
    @Transactional(readOnly = true)
    public Map<RecipientState, Long> preflight(UUID bulkSend) {
        Map<RecipientState, Long> counts = new EnumMap<>(RecipientState.class);
        for (RecipientState state : RecipientState.values()) {
            counts.put(state, 0L);
        }
        recipients.countByState(bulkSend).forEach(count -> counts.put(count.getState(), count.getCount()));
        return counts;
    }

    /** Recipients in audience order after {@code afterPosition}, optionally only one preflight state. */
    @Transactional(readOnly = true)
    public Slice<RecipientRow> recipients(UUID bulkSend, RecipientState state, int afterPosition, int size) {
        return Slice.of(recipients.page(bulkSend, state, afterPosition, Limit.of(size + 1)), size,
                row -> String.valueOf(row.getRecipient().getPosition()));
    }

    private static BulkProgress progress(Map<MessageStatus, Long> counts, boolean quotaReached) {
        BulkProgress progress = new BulkProgress(counts, false);
        return new BulkProgress(counts, quotaReached && progress.queued() > 0);
    }
}
