package com.creatordesk.inbox.domain;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.events.CreatorRepliedToOutreach;
import com.creatordesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A creator who replied to outreach is added to Creator Tracking. The inbox calls creators (creators may
 * not depend on the inbox); tracking is idempotent, so a replayed event changes nothing.
 */
@Component
class ReplyTracking {

    static final String REASON = "Replied to outreach";
    private static final Logger log = LoggerFactory.getLogger(ReplyTracking.class);

    private final Creators creators;

    ReplyTracking(Creators creators) {
        this.creators = creators;
    }

    @ApplicationModuleListener(id = "inbox-track-replying-creator")
    void on(CreatorRepliedToOutreach replied) {
        if (replied.creatorId() == null) {
            return;
        }
        try {
            creators.startTracking(new CreatorId(replied.creatorId()), REASON);
        } catch (NotFoundException removed) {
            log.info("Creator {} replied to outreach but is no longer in the pool; not tracked.", replied.creatorId());
        }
    }
}
