package com.creatordesk.creators.domain;

import com.creatordesk.identity.OrganizationId;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports into the Creator Pool: upload (checked, kept in the database), preview and column mapping,
 * start (run in the background by {@link ImportRunner}), progress, and the report of rows not imported.
 */
@Service
public class CreatorImports {

    public static final int MAX_ROWS = 50_000;
    public static final int PREVIEW_ROWS = 5;

    private final ImportJobs jobs;
    private final ImportStore store;
    private final ImportRunner runner;
    private final Background background;
    private final CurrentOrganization organization;
    private final Clock clock;

    CreatorImports(ImportJobs jobs, ImportStore store, ImportRunner runner, Background background,
            CurrentOrganization organization, Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.runner = runner;
        this.background = background;
        this.organization = organization;
        this.clock = clock;
    }

    /** Checks and keeps an uploaded file; the member maps its columns next. */
    @Transactional
    public ImportJob upload(UUID member, String fileName, byte[] content) {
        if (content.length == 0 || new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new CreatorRuleViolation("file", "The file is empty. Choose a CSV file with a header row and one creator per row.");
        }
        boolean utf8 = CsvFiles.firstInvalidUtf8Byte(content) < 0;
        CsvRows.Count count = CsvRows.count(content, utf8 ? "UTF-8" : "windows-1252");
        if (count.header().isEmpty()) {
            throw new CreatorRuleViolation("file", "The file has no header row we can read.");
        }
        if (count.rows() == 0) {
            throw new CreatorRuleViolation("file", "The file has a header row but no creators below it.");
        }
        if (count.rows() > MAX_ROWS) {
            throw new CreatorRuleViolation("file", "This file has " + String.format("%,d", count.rows())
                    + " rows. Import at most " + String.format("%,d", MAX_ROWS) + " at a time: split it into smaller files.");
        }
        String name = fileName == null || fileName.isBlank() ? "creators.csv" : fileName.strip();
        ImportJob job = jobs.saveAndFlush(new ImportJob(member, name.length() > 255 ? name.substring(0, 255) : name, utf8,
                count.rows(), clock.instant()));
        store.saveFile(job.getId(), organization.id(), content);
        return job;
    }

    @Transactional(readOnly = true)
    public ImportJob get(UUID id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("Import"));
    }

    @Transactional(readOnly = true)
    public List<ImportJob> recent() {
        return jobs.findTop5ByOrderByCreatedAtDesc();
    }

    /** The header and first rows of the file read in {@code encoding}, for the mapping form. */
    @Transactional(readOnly = true)
    public Preview preview(UUID id, String encoding) {
        ImportJob job = get(id);
        String chosen = encoding != null && CsvFiles.ENCODINGS.contains(encoding) ? encoding : job.getEncoding();
        try (CsvRows rows = CsvRows.open(store.file(id, organization.id()), chosen)) {
            List<ImportRow> first = new ArrayList<>();
            for (Optional<ImportRow> row = rows.next(); row.isPresent() && first.size() < PREVIEW_ROWS; row = rows.next()) {
                first.add(row.get());
            }
            return new Preview(chosen, rows.header(), first);
        }
    }

    /** Starts the import with the member's mapping, once this transaction commits. */
    @Transactional
    public void start(UUID id, List<ImportField> fields, String encoding, ImportJob.Duplicates duplicates) {
        ImportJob job = jobs.lockById(id).orElseThrow(() -> new NotFoundException("Import"));
        if (encoding == null || !CsvFiles.ENCODINGS.contains(encoding) || !job.isValidUtf8() && encoding.equals("UTF-8")) {
            throw new CreatorRuleViolation("encoding", "This file isn't valid UTF-8. Choose the encoding it was saved in.");
        }
        ImportMapping.check(fields);
        job.start(fields, encoding, duplicates == null ? ImportJob.Duplicates.SKIP : duplicates, clock.instant());
        OrganizationId scope = organization.get();
        background.afterCommit(() -> runner.run(scope, id));
    }

    /** The rows not imported, in file order. */
    @Transactional(readOnly = true)
    public void eachError(UUID id, Consumer<ImportRowError> consumer) {
        get(id);
        store.eachError(id, organization.id(), consumer);
    }

    /** A file's header, first rows, and the encoding they were read in. */
    public record Preview(String encoding, List<String> header, List<ImportRow> rows) {
    }
}
