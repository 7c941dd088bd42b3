package com.creatordesk.inbox.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current organization's stored email messages. */
public interface Messages extends Repository<EmailMessage, UUID> {

    Optional<EmailMessage> findById(UUID id);

    Optional<EmailMessage> findByMessageId(String messageId);

    @Query("select m.messageId from EmailMessage m where m.messageId in :messageIds")
    List<String> findExistingMessageIds(Collection<String> messageIds);

    @Query("select m from EmailMessage m where m.threadId = :threadId order by m.receivedAt, m.id")
    List<EmailMessage> findThread(UUID threadId);

    @Query("select m from EmailMessage m where m.threadId = :threadId and m.direction = com.creatordesk.inbox.domain.Direction.INBOUND"
            + " and m.kind = com.creatordesk.inbox.domain.mime.MailKind.NORMAL order by m.receivedAt, m.id")
    List<EmailMessage> findConversationFromOutside(UUID threadId);

    @Query("select m from EmailMessage m where m.bouncedMessageId = :messageId order by m.receivedAt")
    List<EmailMessage> findBouncesOf(String messageId);
}
