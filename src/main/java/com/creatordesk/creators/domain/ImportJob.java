package com.creatordesk.creators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A CSV import: uploaded, mapped by the member, then run in batches in the background. Its counters move
 * in the same transaction as the rows they count, so after a restart it resumes at the first row not done.
 */
@Entity
@Table(name = "creator_imports")
public class ImportJob {

    public enum Status { UPLOADED, QUEUED, RUNNING, DONE, FAILED }

    /** What to do with a row whose handle or email belongs to a creator already in the pool. */
    public enum Duplicates { SKIP, UPDATE }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "organization_id")
    private UUID organizationId;
    private UUID createdBy;
    private String fileName;
    @Column(name = "valid_utf8")
    private boolean validUtf8;
    private String encoding;
    private int totalRows;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> columnFields = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Duplicates duplicates = Duplicates.SKIP;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int processedRows;
    private int createdCount;
    private int updatedCount;
    private int skippedCount;
    private int errorCount;
    private String failure;
    private Instant createdAt;
    private Instant queuedAt;
    private Instant heartbeatAt;
    private Instant finishedAt;

    protected ImportJob() {
    }

    ImportJob(UUID createdBy, String fileName, boolean validUtf8, int totalRows, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.fileName = fileName;
        this.validUtf8 = validUtf8;
        this.encoding = validUtf8 ? "UTF-8" : "windows-1252";
        this.totalRows = totalRows;
        this.status = Status.UPLOADED;
        this.createdAt = now;
    }

    /** Starts the import with the member's mapping; only once. */
    void start(List<ImportField> fields, String chosenEncoding, Duplicates mode, Instant now) {
        if (status != Status.UPLOADED) {
            throw new CreatorRuleViolation("This import has already started.");
        }
        this.columnFields = new ArrayList<>(fields.stream().map(Enum::name).toList());
        this.encoding = chosenEncoding;
        this.duplicates = mode;
        this.status = Status.QUEUED;
        this.queuedAt = now;
    }

    /** Claims the job for a run: a queued one, or a running one whose run stopped answering. */
    boolean claim(Instant now, Duration stuckAfter) {
        boolean claimable = status == Status.QUEUED
                || status == Status.RUNNING && heartbeatAt != null && heartbeatAt.isBefore(now.minus(stuckAfter));
        if (claimable) {
            this.status = Status.RUNNING;
            this.heartbeatAt = now;
        }
        return claimable;
    }

    void advance(ImportTally tally, Instant now) {
        this.processedRows += tally.rows();
        this.createdCount += tally.created();
        this.updatedCount += tally.updated();
        this.skippedCount += tally.skipped();
        this.errorCount += tally.errors();
        this.heartbeatAt = now;
    }

    void finish(Instant now) {
        this.status = Status.DONE;
        this.finishedAt = now;
    }

    void fail(String reason, Instant now) {
        this.status = Status.FAILED;
        this.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.finishedAt = now;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public int percent() {
        return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
    }

    public List<ImportField> fields() {
        return columnFields.stream().map(name -> ImportField.parse(name).orElse(ImportField.IGNORE)).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isValidUtf8() {
        return validUtf8;
    }

    public String getEncoding() {
        return encoding;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public Duplicates getDuplicates() {
        return duplicates;
    }

    public Status getStatus() {
        return status;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
