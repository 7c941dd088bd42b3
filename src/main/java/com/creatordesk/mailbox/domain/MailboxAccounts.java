package com.creatordesk.mailbox.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

/** The current organization's team mailbox (tenant-scoped by {@code @TenantId}). */
public interface MailboxAccounts extends CrudRepository<MailboxAccount, UUID> {

    Optional<MailboxAccount> findFirstBy();
}
