package com.creatordesk.outreach.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.events.OutreachSent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims outbox rows for a worker. Native SQL, so every statement names the organization itself; rows are
 * picked with {@code FOR UPDATE SKIP LOCKED}, so instances claiming at once never take the same row.
 */
@Component
public class OutboxClaims {

    private final NamedParameterJdbcTemplate jdbc;
    private final SendingLimits limits;

    OutboxClaims(NamedParameterJdbcTemplate jdbc, SendingLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /**
     * Marks up to {@code batchSize} due messages Sending for {@code worker}, as many as the organization's
     * rate and daily cap allow now, and counts them against those limits. Commit before sending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ClaimedMessage> claim(OrganizationId organization, int batchSize, UUID worker, Instant now) {
        SendingLimitState state = limits.lock(organization);
        int allowance = Math.min(batchSize, state.allowance(now, limits.defaults()));
        if (allowance == 0) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("org", organization.value())
                .addValue("now", Sql.timestamp(now)).addValue("limit", allowance).addValue("worker", worker);
        // one statement, the update joined to the due rows by primary key: an update "where organization_id = :org
        // and id in (...)" was planned as a scan of all the organization's rows while the table's statistics
        // were stale (as after a large bulk send was queued), growing with every message it ever sent
        List<ClaimedMessage> claimed = jdbc.query("with due as (select id from outreach_messages where organization_id = :org "
                        + "and status = 'QUEUED' and next_attempt_at <= :now order by next_attempt_at, id limit :limit "
                        + "for update skip locked) "
                        + "update outreach_messages m set status = 'SENDING', claimed_by = :worker, claimed_at = :now, "
                        + "attempts = m.attempts + 1, updated_at = :now from due where m.id = due.id "
                        + "returning m.id, m.address, m.subject, m.body, m.unsubscribe_url, m.message_id, m.next_attempt_at",
                params, (rs, row) -> new Due(rs.getObject("next_attempt_at", OffsetDateTime.class), new ClaimedMessage(
                        rs.getObject("id", UUID.class), rs.getString("address"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("unsubscribe_url"), rs.getString("message_id"))))
                .stream().sorted(Due.ORDER).map(Due::message).toList();
        if (claimed.isEmpty()) {
            return List.of();
        }
        limits.store(organization, state.take(claimed.size(), now));
        return claimed;
    }

    /** A claimed message and when it was due: they are sent in the order they became due. */
    private record Due(OffsetDateTime at, ClaimedMessage message) {
        static final Comparator<Due> ORDER = Comparator.comparing(Due::at).thenComparing(due -> due.message().id());
    }

    /**
     * The claimed messages went out: Sending becomes Sent, in one statement for the whole batch (a message no
     * longer Sending is left alone). After a crash, messages found in the Sent folder go to Sent from whatever
     * unfinished state they are in ({@code fromAnyUnfinished}). Returns the fact to announce for each one
     * that became Sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutreachSent> markSent(OrganizationId organization, Collection<UUID> ids, boolean fromAnyUnfinished,
            Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String from = fromAnyUnfinished ? "status not in ('SENT', 'BOUNCED')" : "status = 'SENDING'";
        // joined to the ids by primary key, like the claim: "organization_id = :org and id in (...)" is planned as a
        // scan of all the organization's rows while the table's statistics are stale (right after a large enqueue)
        return jdbc.query("update outreach_messages m set status = 'SENT', sent_at = :now, problem = null, reply_code = null, "
                        + "updated_at = :now from unnest(cast(:ids as uuid[])) as chosen(id) "
                        + "where m.id = chosen.id and m.organization_id = :org and m." + from
                        + " returning m.id, m.message_id, m.campaign_id, m.creator_id, m.address",
                new MapSqlParameterSource("org", organization.value()).addValue("ids", ids.toArray(UUID[]::new))
                        .addValue("now", Sql.timestamp(now)),
                (rs, row) -> new OutreachSent(organization, rs.getObject("id", UUID.class), rs.getString("message_id"),
                        rs.getObject("campaign_id", UUID.class), rs.getObject("creator_id", UUID.class),
                        rs.getString("address")));
    }

    /** Organizations with messages due now and some of today's quota left, for the worker's rounds. */
    @Transactional(readOnly = true)
    public List<OrganizationId> organizationsWithDueMessages(Instant now, int limit) {
        return jdbc.queryForList("select distinct m.organization_id from outreach_messages m where m.status = 'QUEUED' "
                        + "and m.next_attempt_at <= :now and not exists (select 1 from outreach_sending_limits l "
                        + "where l.organization_id = m.organization_id and l.quota_day = :today "
                        + "and l.quota_used >= coalesce(l.daily_cap, :defaultCap)) limit :limit",
                        new MapSqlParameterSource("now", Sql.timestamp(now)).addValue("limit", limit)
                                .addValue("today", SendingLimitState.day(now))
                                .addValue("defaultCap", limits.defaults().dailyCap()), UUID.class)
                .stream().map(OrganizationId::new).toList();
    }

    /** A Sending message whose worker is gone (or took far too long): its fate must be looked up. */
    public record Orphan(UUID id, String messageId) {
    }

    /** Organizations with messages left Sending by workers that are not alive. */
    @Transactional(readOnly = true)
    public List<OrganizationId> organizationsWithOrphans(Collection<UUID> liveWorkers, Instant claimedBefore) {
        return jdbc.queryForList("select distinct organization_id from outreach_messages where status = 'SENDING' and "
                        + orphaned(), orphanParams(liveWorkers, claimedBefore), UUID.class)
                .stream().map(OrganizationId::new).toList();
    }

    /** Takes the organization's orphans over for {@code worker}, so no other instance looks them up at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Orphan> adoptOrphans(OrganizationId organization, UUID worker, Collection<UUID> liveWorkers,
            Instant claimedBefore, Instant now) {
        MapSqlParameterSource params = orphanParams(liveWorkers, claimedBefore).addValue("org", organization.value())
                .addValue("worker", worker).addValue("now", Sql.timestamp(now));
        List<UUID> ids = jdbc.queryForList("select id from outreach_messages where organization_id = :org "
                + "and status = 'SENDING' and " + orphaned() + " for update skip locked", params, UUID.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("update outreach_messages set claimed_by = :worker, claimed_at = :now where organization_id = :org "
                + "and id in (:ids) returning id, message_id", params.addValue("ids", ids),
                (rs, row) -> new Orphan(rs.getObject("id", UUID.class), rs.getString("message_id")));
    }

    /** Gives adopted orphans up again (the Sent folder could not be asked), for a later look-up. */
    @Transactional
    public void release(OrganizationId organization, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update outreach_messages set claimed_by = null where organization_id = :org and id in (:ids) "
                    + "and status = 'SENDING'", new MapSqlParameterSource("org", organization.value())
                    .addValue("ids", new ArrayList<>(ids)));
        }
    }

    private static String orphaned() {
        return "(claimed_by is null or claimed_by not in (:live) or claimed_at < :claimedBefore)";
    }

    private static MapSqlParameterSource orphanParams(Collection<UUID> liveWorkers, Instant claimedBefore) {
        return new MapSqlParameterSource("live", new ArrayList<>(liveWorkers))
                .addValue("claimedBefore", Sql.timestamp(claimedBefore));
    }
}
