package com.creatordesk.creators.domain;

import com.creatordesk.creators.HandleSummary;
import com.creatordesk.creators.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Export of the filtered Creators list as CSV, written as it is read, {@value #CHUNK} creators at a time in
 * list order (keyset pages, so memory stays flat however many creators match). Its header is one the import
 * recognises, so an export can be imported again. Every cell goes through {@link CsvCells#safe}.
 */
@Service
public class CreatorExport {

    static final int CHUNK = 1_000;
    static final List<String> HEADER = Stream.of(Stream.of("Name", "Emails"),
            Arrays.stream(Platform.values()).map(Platform::label),
            Stream.of("Followers", "Engagement rate", "Country", "Language", "Tags", "Tracked since", "Tracking reason",
                    "Notes", "Bio", "Avatar link", "Added")).flatMap(s -> s).toList();

    private final CreatorSearch search;
    private final NamedParameterJdbcTemplate jdbc;

    CreatorExport(CreatorSearch search, NamedParameterJdbcTemplate jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    public void write(UUID organization, UUID member, CreatorFilter filter, Writer out) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
            csv.printRecord(HEADER);
            PageCursor cursor = null;
            do {
                CreatorPage page = search.page(organization, member, filter, cursor, CHUNK);
                Map<UUID, Extra> extras = extras(organization, page.rows().stream().map(CreatorRow::id).toList());
                for (CreatorRow row : page.rows()) {
                    csv.printRecord(cells(row, extras.get(row.id())).stream().map(CsvCells::safe).toList());
                }
                csv.flush();
                cursor = page.next();
            } while (cursor != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(CreatorRow row, Extra extra) {
        List<String> cells = new ArrayList<>(List.of(row.displayName(), String.join("; ", extra.emails())));
        for (Platform platform : Platform.values()) {
            cells.add(row.handles().stream().filter(handle -> handle.platform() == platform).map(HandleSummary::handle)
                    .collect(Collectors.joining("; ")));
        }
        cells.addAll(Arrays.asList(text(row.followers()), row.engagementRate() == null ? "" : row.engagementRate().toPlainString(),
                text(row.country()), text(row.language()), String.join(", ", row.tags()),
                row.trackedSince() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(row.trackedSince()),
                text(row.trackingReason()), text(extra.notes()), text(extra.bio()), text(row.avatarUrl()),
                DateTimeFormatter.ISO_INSTANT.format(row.createdAt())));
        return cells;
    }

    /** Emails, notes and bio of a chunk of creators (the list rows do not carry them). */
    private Map<UUID, Extra> extras(UUID organization, List<UUID> ids) {
        Map<UUID, Extra> extras = new HashMap<>();
        if (ids.isEmpty()) {
            return extras;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("org", organization).addValue("ids", ids);
        jdbc.query("select id, notes, bio from creators where organization_id = :org and id in (:ids)", params, rs -> {
            extras.put(rs.getObject("id", UUID.class), new Extra(new ArrayList<>(), rs.getString("notes"), rs.getString("bio")));
        });
        jdbc.query("select creator_id, address from creator_emails where organization_id = :org and creator_id in (:ids) "
                + "order by creator_id, is_primary desc, position", params, rs -> {
                    extras.get(rs.getObject("creator_id", UUID.class)).emails().add(rs.getString("address"));
                });
        return extras;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private record Extra(List<String> emails, String notes, String bio) {
    }
}
