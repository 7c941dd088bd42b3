package com.creatordesk.outreach;

import com.creatordesk.RecordedEvents;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.outreach.events.OutreachBatchSent;
import com.creatordesk.outreach.events.OutreachSent;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ConfigurableApplicationContext;

/** Records every OutreachBatchSent the application publishes, on any thread, while open. */
final class RecordedOutreach implements AutoCloseable {

    private final RecordedEvents<OutreachBatchSent> batches;

    RecordedOutreach(ConfigurableApplicationContext context) {
        this(context, batch -> { });
    }

    /** Also runs {@code onPublish} as each batch is published (in the publishing transaction, on its thread). */
    RecordedOutreach(ConfigurableApplicationContext context, Consumer<OutreachBatchSent> onPublish) {
        this.batches = new RecordedEvents<>(context, OutreachBatchSent.class, onPublish);
    }

    /** The emails announced for one organization: other tests' outboxes may be sending at the same time. */
    List<OutreachSent> sent(OrganizationId organization) {
        return batches(organization).stream().flatMap(batch -> batch.emails().stream()).toList();
    }

    /** The announcements for one organization, a batch of emails each. */
    List<OutreachBatchSent> batches(OrganizationId organization) {
        return batches.of(organization);
    }

    @Override
    public void close() {
        batches.close();
    }
}
