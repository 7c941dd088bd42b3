package com.creatordesk.creators.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.time.Clock;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Picks up enrichment jobs whose run was lost (the app stopped between commit and run, or a run stopped
 * answering). Every instance may sweep: {@link EnrichmentJobs#run} claims a job under a row lock, so only
 * one instance runs it.
 */
@Component
public class EnrichmentScheduler {

    private final Enrichments enrichments;
    private final EnrichmentJobs jobs;
    private final Background background;
    private final TransactionTemplate transactions;
    private final EnrichmentSettings settings;
    private final Clock clock;

    EnrichmentScheduler(Enrichments enrichments, EnrichmentJobs jobs, Background background,
            TransactionTemplate transactions, EnrichmentSettings settings, Clock clock) {
        this.enrichments = enrichments;
        this.jobs = jobs;
        this.background = background;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${creatordesk.creators.enrichment.sweep-millis:30000}", initialDelay = 20_000)
    public void resumeStuckJobs() {
        List<Enrichment> stuck = Tenancy.callAsSystem(() -> transactions.execute(status ->
                enrichments.findStuck(clock.instant().minus(settings.stuckAfter()))));
        for (Enrichment enrichment : stuck) {
            OrganizationId organization = new OrganizationId(enrichment.getOrganizationId());
            background.submit(() -> jobs.run(organization, enrichment.getCreatorId()));
        }
    }
}
