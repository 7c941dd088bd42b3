package com.creatordesk.creators.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded CSV file after its header, one at a time. A malformed spot (an unclosed quote)
 * ends the readable part: it comes back as one unreadable row, and the rows before it stay good.
 */
public final class CsvRows implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private int lastNumber = 1;
    private boolean ended;

    private CsvRows(byte[] content, String encoding) {
        this.parser = CsvFiles.parse(content, encoding);
        this.records = parser.iterator();
        Optional<ImportRow> first = read();
        this.header = first.filter(row -> !row.isUnreadable()).map(ImportRow::cells).orElse(List.of());
    }

    public static CsvRows open(byte[] content, String encoding) {
        return new CsvRows(content, encoding);
    }

    public List<String> header() {
        return header;
    }

    /** The next row, or empty after the last (or after the unreadable one). */
    public Optional<ImportRow> next() {
        return read();
    }

    /** Skips rows already handled (a resumed import). */
    public void skip(int rows) {
        for (int i = 0; i < rows && read().isPresent(); i++) {
            // skipped
        }
    }

    private Optional<ImportRow> read() {
        if (ended) {
            return Optional.empty();
        }
        try {
            if (!records.hasNext()) {
                ended = true;
                return Optional.empty();
            }
            CSVRecord record = records.next();
            lastNumber = (int) record.getRecordNumber();
            return Optional.of(new ImportRow(lastNumber, record.toList(), null));
        } catch (UncheckedIOException | IllegalStateException malformed) {
            ended = true;
            return Optional.of(new ImportRow(lastNumber + 1, List.of(), "The file can't be read from line "
                    + parser.getCurrentLineNumber() + " on: a quoted cell is not closed, or text follows its closing quote."));
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading from memory
        }
    }

    /** Iterates the whole file, for counting rows when it is uploaded. */
    public static Count count(byte[] content, String encoding) {
        try (CsvRows rows = open(content, encoding)) {
            int count = 0;
            boolean unreadable = false;
            for (Optional<ImportRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                count++;
                unreadable |= row.get().isUnreadable();
            }
            return new Count(rows.header(), count, unreadable);
        }
    }

    /** A file's header, how many rows follow it (an unreadable rest counts as one), and whether it has such a rest. */
    public record Count(List<String> header, int rows, boolean unreadableRest) {
    }
}
