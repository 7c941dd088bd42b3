package com.creatordesk.outreach.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The current organization's outreach messages (tenant-scoped by Hibernate). */
public interface OutreachMessages extends ListCrudRepository<OutreachMessage, UUID> {

    Optional<OutreachMessage> findByMessageId(String messageId);

    /** Creators among {@code creators} already written to for the campaign: queued, sent or bounced. */
    @Query("select distinct m.creatorId from OutreachMessage m where m.campaignId = :campaign and m.creatorId in :creators "
            + "and m.status in (com.creatordesk.outreach.domain.MessageStatus.QUEUED, "
            + "com.creatordesk.outreach.domain.MessageStatus.SENDING, com.creatordesk.outreach.domain.MessageStatus.SENT, "
            + "com.creatordesk.outreach.domain.MessageStatus.BOUNCED)")
    List<UUID> contacted(UUID campaign, Collection<UUID> creators);

    /** A bulk send's messages per status. */
    @Query("select m.status as status, count(m) as count from OutreachMessage m where m.bulkSendId = :bulkSend group by m.status")
    List<StatusCount> countByStatus(UUID bulkSend);

    /** Messages per bulk send and status, for the Bulk sends list. */
    @Query("select m.bulkSendId as bulkSendId, m.status as status, count(m) as count from OutreachMessage m "
            + "where m.bulkSendId in :bulkSends group by m.bulkSendId, m.status")
    List<BulkStatusCount> countByBulkSendAndStatus(Collection<UUID> bulkSends);

    /** Queued messages to an address (any case), to stop them when it unsubscribes. */
    @Query("select m from OutreachMessage m where lower(m.address) = lower(:address) "
            + "and m.status = com.creatordesk.outreach.domain.MessageStatus.QUEUED")
    List<OutreachMessage> queuedTo(String address);

    @Query("select m from OutreachMessage m where m.campaignId = :campaign order by m.createdAt desc, m.id desc")
    List<OutreachMessage> forCampaign(UUID campaign, Limit limit);

    @Query("select m from OutreachMessage m where m.campaignId = :campaign "
            + "and (m.createdAt < :at or (m.createdAt = :at and m.id < :id)) order by m.createdAt desc, m.id desc")
    List<OutreachMessage> forCampaignAfter(UUID campaign, Instant at, UUID id, Limit limit);

    interface StatusCount {
        MessageStatus getStatus();

        long getCount();
    }

    interface BulkStatusCount extends StatusCount {
        UUID getBulkSendId();
    }
}
