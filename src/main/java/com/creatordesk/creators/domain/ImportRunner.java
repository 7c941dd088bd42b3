package com.creatordesk.creators.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in batches of {@value #BATCH} rows, each batch one transaction together with the job's
 * counters. A batch that fails as a whole is written again row by row, each row its own transaction, so a
 * bad row never takes good rows with it and no row is ever half-written.
 */
@Component
class ImportRunner {

    static final int BATCH = 500;
    static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportStore store;
    private final ImportBatchWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportRunner(ImportJobs jobs, ImportStore store, ImportBatchWriter writer, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    void run(OrganizationId organization, UUID jobId) {
        Tenancy.runAs(organization, () -> {
            ImportJob job = transactions.execute(status -> jobs.lockById(jobId)
                    .filter(found -> found.claim(clock.instant(), STUCK_AFTER)).orElse(null));
            if (job == null) {
                return;
            }
            try {
                importRows(organization.value(), job);
                transactions.executeWithoutResult(status -> jobs.lockById(jobId).ifPresent(done -> done.finish(clock.instant())));
            } catch (Superseded superseded) {
                log.info("Import {} is run elsewhere now; this run stops", jobId);
            } catch (RuntimeException e) {
                log.warn("Import {} failed", jobId, e);
                transactions.executeWithoutResult(status -> jobs.lockById(jobId).ifPresent(failed ->
                        failed.fail("The import stopped unexpectedly. The rows before row " + (failed.getProcessedRows() + 2)
                                + " were imported.", clock.instant())));
            }
        });
    }

    private void importRows(UUID organization, ImportJob job) {
        byte[] content = store.file(job.getId(), organization);
        int done = job.getProcessedRows();
        try (CsvRows rows = CsvRows.open(content, job.getEncoding())) {
            rows.skip(done);
            for (List<ImportRow> batch = take(rows); !batch.isEmpty(); batch = take(rows)) {
                done = write(organization, job.getId(), batch, done);
            }
        }
    }

    /** Writes a batch (or, if that fails, each of its rows on its own); answers the rows done afterwards. */
    private int write(UUID organization, UUID jobId, List<ImportRow> batch, int done) {
        try {
            return inTransaction(organization, jobId, batch, done);
        } catch (Superseded superseded) {
            throw superseded;
        } catch (RuntimeException batchFailed) {
            log.info("A batch of import {} failed as a whole ({}); writing its rows one by one", jobId, batchFailed.toString());
        }
        int progress = done;
        for (ImportRow row : batch) {
            try {
                progress = inTransaction(organization, jobId, List.of(row), progress);
            } catch (Superseded superseded) {
                throw superseded;
            } catch (RuntimeException rowFailed) {
                ImportRow failed = new ImportRow(row.number(), row.cells(), "The row could not be saved: " + rowFailed.getMessage());
                progress = inTransaction(organization, jobId, List.of(failed), progress);
            }
        }
        return progress;
    }

    private int inTransaction(UUID organization, UUID jobId, List<ImportRow> rows, int done) {
        Integer after = transactions.execute(status -> {
            ImportJob job = jobs.lockById(jobId).orElseThrow(Superseded::new);
            if (job.getStatus() != ImportJob.Status.RUNNING || job.getProcessedRows() != done) {
                throw new Superseded();
            }
            List<ImportRowError> errors = new ArrayList<>();
            ImportTally tally = writer.write(job, rows, errors);
            store.addErrors(jobId, organization, errors);
            job.advance(tally, clock.instant());
            return job.getProcessedRows();
        });
        return after == null ? done : after;
    }

    private static List<ImportRow> take(CsvRows rows) {
        List<ImportRow> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH) {
            Optional<ImportRow> row = rows.next();
            if (row.isEmpty()) {
                break;
            }
            batch.add(row.get());
        }
        return batch;
    }

    /** Another run has taken the job over (this one was thought stuck); this run must stop writing. */
    private static final class Superseded extends RuntimeException {
    }
}
