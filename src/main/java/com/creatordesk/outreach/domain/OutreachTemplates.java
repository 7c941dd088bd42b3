package com.creatordesk.outreach.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The current organization's outreach templates (tenant-scoped by Hibernate). */
public interface OutreachTemplates extends CrudRepository<OutreachTemplate, UUID> {

    @Query("select t from OutreachTemplate t order by lower(t.name)")
    List<OutreachTemplate> findAllByName();

    @Query("select count(t) > 0 from OutreachTemplate t where lower(t.name) = lower(:name) and t.id <> :except")
    boolean nameTaken(String name, UUID except);
}
