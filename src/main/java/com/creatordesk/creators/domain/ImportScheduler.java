package com.creatordesk.creators.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumes imports whose run was lost: queued but never started (the app stopped after the member pressed
 * Start import), or running without a heartbeat (the app stopped mid-file). The job row is claimed under a
 * lock, so with several instances only one runs it.
 */
@Component
public class ImportScheduler {

    static final Duration QUEUED_GRACE = Duration.ofSeconds(30);

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final Background background;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportScheduler(ImportJobs jobs, ImportRunner runner, Background background, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.background = background;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${creatordesk.creators.import.sweep-millis:30000}", initialDelay = 15_000)
    public void resumeUnfinishedImports() {
        List<ImportJob> unfinished = Tenancy.callAsSystem(() -> transactions.execute(status -> jobs.findUnfinished(
                clock.instant().minus(QUEUED_GRACE), clock.instant().minus(ImportRunner.STUCK_AFTER))));
        for (ImportJob job : unfinished) {
            OrganizationId organization = new OrganizationId(job.getOrganizationId());
            background.submit(() -> runner.run(organization, job.getId()));
        }
    }
}
