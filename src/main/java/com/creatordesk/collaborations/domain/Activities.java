package com.creatordesk.collaborations.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads a collaboration's activity history, newest first; entries are added only through the aggregate. */
public interface Activities extends Repository<Activity, UUID> {

    @Query("select a from Activity a where a.collaboration.id = :collaboration order by a.seq desc")
    List<Activity> timeline(UUID collaboration);
}
