package com.creatordesk.inbox.web;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.inbox.domain.EmailThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Threads with the creator each one is with: the creator the outreach went to, else the Creator Pool's
 * match for the thread's outside address (so a creator added later shows up without a re-sync).
 */
@Component
class ThreadRows {

    record Row(EmailThread thread, CreatorSummary creator) {

        public String who() {
            if (creator != null) {
                return creator.displayName();
            }
            if (thread.getCounterpartName() != null) {
                return thread.getCounterpartName();
            }
            return thread.getCounterpartAddress() == null ? "Team only" : thread.getCounterpartAddress();
        }

        public String handle() {
            return creator == null || creator.handles().isEmpty() ? null
                    : creator.handles().get(0).platform().label() + " @" + creator.handles().get(0).handle();
        }
    }

    private final Creators creators;

    ThreadRows(Creators creators) {
        this.creators = creators;
    }

    List<Row> of(List<EmailThread> threads) {
        Map<CreatorId, CreatorSummary> byId = creators.findAll(threads.stream().map(EmailThread::getCreatorId)
                .filter(Objects::nonNull).map(CreatorId::new).toList());
        List<Row> rows = new ArrayList<>(threads.size());
        for (EmailThread thread : threads) {
            CreatorSummary creator = thread.getCreatorId() == null ? null : byId.get(new CreatorId(thread.getCreatorId()));
            if (creator == null && thread.getCounterpartAddress() != null) {
                creator = creators.findByEmail(thread.getCounterpartAddress()).orElse(null);
            }
            rows.add(new Row(thread, creator));
        }
        return rows;
    }

    Row of(EmailThread thread) {
        return of(List.of(thread)).get(0);
    }
}
