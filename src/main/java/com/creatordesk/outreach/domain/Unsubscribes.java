package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Addresses that unsubscribed, per organization. Reached from a public link with no one signed in, so it
 * finds the organization through the token's message and names it in every statement (native SQL).
 */
@Service
public class Unsubscribes {

    /** Who a link unsubscribes. */
    public record Recipient(OrganizationId organization, UUID messageId, UUID creatorId, String address) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OutreachMessages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Unsubscribes(NamedParameterJdbcTemplate jdbc, OutreachMessages messages, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The recipient of an outreach message, whatever organization it belongs to (the link was signed). */
    public Optional<Recipient> recipientOf(UUID outreachMessageId) {
        return jdbc.query("select organization_id, creator_id, address from outreach_messages where id = :id",
                new MapSqlParameterSource("id", outreachMessageId), (rs, row) -> new Recipient(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)), outreachMessageId,
                        rs.getObject("creator_id", UUID.class), rs.getString("address"))).stream().findFirst();
    }

    public boolean isUnsubscribed(Recipient recipient) {
        return !unsubscribedAmong(recipient.organization(), List.of(recipient.address())).isEmpty();
    }

    /** Records the wish once and stops the emails still queued to the address. */
    public void unsubscribe(Recipient recipient) {
        Tenancy.runAs(recipient.organization(), () -> transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            jdbc.update("insert into outreach_unsubscribes (id, organization_id, address, creator_id, outreach_message_id, "
                    + "unsubscribed_at) values (:id, :org, :address, :creator, :message, :now) on conflict do nothing",
                    new MapSqlParameterSource("id", UUID.randomUUID()).addValue("org", recipient.organization().value())
                            .addValue("address", recipient.address()).addValue("creator", recipient.creatorId())
                            .addValue("message", recipient.messageId()).addValue("now", Sql.timestamp(now)));
            List<OutreachMessage> queued = messages.queuedTo(recipient.address());
            queued.forEach(message -> message.skip("Unsubscribed", now));
            messages.saveAll(queued);
        }));
    }

    /** The addresses among {@code addresses} (lower case) that unsubscribed from the organization. */
    public Set<String> unsubscribedAmong(OrganizationId organization, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        List<String> lower = addresses.stream().map(address -> address.toLowerCase(Locale.ROOT)).distinct().toList();
        return new HashSet<>(jdbc.queryForList("select lower(address) from outreach_unsubscribes where organization_id = :org "
                + "and lower(address) in (:addresses)", new MapSqlParameterSource("org", organization.value())
                .addValue("addresses", lower), String.class));
    }
}
