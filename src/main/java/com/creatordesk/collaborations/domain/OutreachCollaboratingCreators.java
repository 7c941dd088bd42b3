package com.creatordesk.collaborations.domain;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.outreach.CollaboratingCreators;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells outreach's preflight which creators already have a collaboration in a campaign (tenant-scoped JPQL). */
@Component
class OutreachCollaboratingCreators implements CollaboratingCreators {

    private static final int CHUNK = 1_000;

    private final EntityManager entities;

    OutreachCollaboratingCreators(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<CreatorId> among(CampaignId campaign, Collection<CreatorId> creators) {
        List<UUID> ids = creators.stream().map(CreatorId::value).distinct().toList();
        Set<CreatorId> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            entities.createQuery("select c.creatorId from Collaboration c where c.campaignId = :campaign "
                            + "and c.creatorId in :creators", UUID.class)
                    .setParameter("campaign", campaign.value()).setParameter("creators", chunk)
                    .getResultList().forEach(id -> found.add(new CreatorId(id)));
        }
        return found;
    }
}
