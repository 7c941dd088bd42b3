package com.creatordesk.outreach.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The current organization's bulk-send recipients (tenant-scoped by Hibernate). */
public interface BulkRecipients extends ListCrudRepository<BulkRecipient, UUID> {

    List<BulkRecipient> findByBulkSendIdOrderByPosition(UUID bulkSendId);

    /** A page of recipients with their outbox message (null before sending), optionally of one state. */
    @Query("select r as recipient, m as message from BulkRecipient r left join OutreachMessage m on m.id = r.outreachMessageId "
            + "where r.bulkSendId = :bulkSend and r.position > :after and (:state is null or r.state = :state) "
            + "order by r.position")
    List<RecipientRow> page(UUID bulkSend, RecipientState state, int after, Limit limit);

    @Query("select r.state as state, count(r) as count from BulkRecipient r where r.bulkSendId = :bulkSend group by r.state")
    List<StateCount> countByState(UUID bulkSend);

    @Modifying
    @Query("delete from BulkRecipient r where r.bulkSendId = :bulkSend")
    void deleteByBulkSend(UUID bulkSend);

    interface RecipientRow {
        BulkRecipient getRecipient();

        OutreachMessage getMessage();
    }

    interface StateCount {
        RecipientState getState();

        long getCount();
    }
}
