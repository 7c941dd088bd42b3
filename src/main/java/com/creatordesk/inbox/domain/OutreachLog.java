package com.creatordesk.inbox.domain;

import com.creatordesk.outreach.events.OutreachSent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outreach emails we sent, by Message-ID (the {@link OutreachSent} facts of each announced batch): how the inbox knows a reply
 * answers outreach, and for which campaign and creator. Plain SQL naming the organization itself.
 */
@Component
public class OutreachLog {

    public record Outreach(String messageId, UUID campaignId, UUID creatorId, String address) {
    }

    private final JdbcTemplate jdbc;

    OutreachLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the emails in one statement; returns the Message-IDs (stripped) that were new — the others were
     * recorded before, when this announcement was handled already.
     */
    Set<String> record(UUID organization, List<OutreachSent> emails, Instant now) {
        Set<String> recorded = new HashSet<>();
        if (emails.isEmpty()) {
            return recorded;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("insert into inbox_outreach_messages (organization_id, message_id, "
                    + "outreach_message_id, campaign_id, creator_id, address, recorded_at) "
                    + "select ?, e.message_id, e.outreach_message_id, e.campaign_id, e.creator_id, e.address, ? "
                    + "from unnest(?, ?, ?, ?, ?) as e(message_id, outreach_message_id, campaign_id, creator_id, address) "
                    + "on conflict do nothing returning message_id");
            statement.setObject(1, organization);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setArray(3, ThreadKeys.textArray(connection, emails.stream().map(sent -> sent.messageId().strip()).toList()));
            statement.setArray(4, uuidArray(connection, emails.stream().map(OutreachSent::outreachMessageId).toList()));
            statement.setArray(5, uuidArray(connection, emails.stream().map(OutreachSent::campaignId).toList()));
            statement.setArray(6, uuidArray(connection, emails.stream().map(OutreachSent::creatorId).toList()));
            statement.setArray(7, ThreadKeys.textArray(connection, emails.stream().map(OutreachSent::address).toList()));
            return statement;
        }, row -> {
            recorded.add(row.getString(1));
        });
        return recorded;
    }

    private static Array uuidArray(Connection connection, List<UUID> values) throws SQLException {
        return connection.createArrayOf("uuid", values.toArray());
    }

    Map<String, Outreach> find(UUID organization, Collection<String> messageIds) {
        Map<String, Outreach> found = new HashMap<>();
        if (messageIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select message_id, campaign_id, creator_id, address "
                    + "from inbox_outreach_messages where organization_id = ? and message_id = any(?)");
            statement.setObject(1, organization);
            statement.setArray(2, ThreadKeys.textArray(connection, messageIds));
            return statement;
        }, row -> {
            found.put(row.getString(1), new Outreach(row.getString(1), row.getObject(2, UUID.class),
                    row.getObject(3, UUID.class), row.getString(4)));
        });
        return found;
    }

    /** The campaigns the organization sent outreach for that have a thread, with a thread subject to name them by. */
    public List<Map.Entry<UUID, String>> campaignsWithThreads(UUID organization) {
        return jdbc.query("select campaign_id, min(subject) from email_threads where organization_id = ? "
                        + "and campaign_id is not null and merged_into is null group by campaign_id order by min(subject)",
                (row, i) -> Map.entry(row.getObject(1, UUID.class), row.getString(2)), organization);
    }
}
