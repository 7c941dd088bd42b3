package com.creatordesk.collaborations.domain;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Creators;
import com.creatordesk.creators.events.CreatorRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A creator's new name or handles reach their collaborations' copy (the list shows and searches it). As with
 * {@link CampaignRenames}, what is written is the creator as they are now, not as they were when the event was
 * published, and deliveries for one creator take turns, so late, repeated or reordered deliveries end at the
 * latest name. A creator no longer in the pool leaves the copy as it is.
 */
@Component
class CreatorRenames {

    private final Creators creators;
    private final TransactionLocks locks;
    private final JdbcTemplate jdbc;

    CreatorRenames(Creators creators, TransactionLocks locks, JdbcTemplate jdbc) {
        this.creators = creators;
        this.locks = locks;
        this.jdbc = jdbc;
    }

    /** Whoever copies the creator's name takes turns with their renames under this lock ({@link CollaborationService}). */
    static String lockName(CreatorId creator) {
        return "collaborations-creator-renamed:" + creator.value();
    }

    @ApplicationModuleListener(id = "collaborations-on-creator-renamed")
    public void on(CreatorRenamed event) {
        locks.lock(lockName(event.creator()));
        creators.find(event.creator()).map(CreatorSnapshot::of).ifPresent(copy -> jdbc.update("""
                update collaborations set creator_name = ?, creator_handle = ?, creator_search = ?
                where organization_id = ? and creator_id = ?
                  and (creator_name, creator_handle, creator_search) is distinct from (?, ?, ?)""",
                copy.name(), copy.handle(), copy.search(), event.organizationId().value(), event.creator().value(),
                copy.name(), copy.handle(), copy.search()));
    }
}
