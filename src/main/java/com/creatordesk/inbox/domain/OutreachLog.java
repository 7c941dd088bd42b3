package com.creatordesk.inbox.domain;

import com.creatordesk.outreach.events.OutreachSent;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outreach emails we sent, by Message-ID (from {@link OutreachSent}): how the inbox knows a reply
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

    /** Whether it was new (false: this event was handled before). */
    boolean record(OutreachSent sent, Instant now) {
        return jdbc.update("insert into inbox_outreach_messages (organization_id, message_id, outreach_message_id, "
                        + "campaign_id, creator_id, address, recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                sent.organizationId().value(), sent.messageId().strip(), sent.outreachMessageId(), sent.campaignId(),
                sent.creatorId(), sent.address(), java.sql.Timestamp.from(now)) == 1;
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
