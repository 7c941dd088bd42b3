package com.creatordesk.campaigns.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** The current organization's campaigns (tenant-scoped by Hibernate). */
public interface BrandCampaigns extends CrudRepository<Campaign, UUID> {

    /** Whether another campaign (not {@code except}) already has this name, ignoring case. */
    @Query("select count(c) > 0 from Campaign c where lower(c.name) = lower(:name) and c.id <> :except")
    boolean nameTaken(String name, UUID except);

    void flush();

    @Query("select c from Campaign c where c.status = com.creatordesk.campaigns.CampaignStatus.ACTIVE order by lower(c.name)")
    List<Campaign> findActive();
}
