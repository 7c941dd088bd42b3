package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.CollaborationListPage;
import com.creatordesk.collaborations.domain.CollaborationListQuery;
import com.creatordesk.collaborations.domain.CollaborationListing;
import com.creatordesk.collaborations.domain.CollaborationRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Export CSV: every collaboration the list's filters match, in its order, read page by page (keyset). */
@Controller
class ExportController {

    static final int CHUNK = 500;
    static final List<String> HEADER = List.of("Creator", "Handle", "Campaign", "Status", "Cancellation reason", "Cost",
            "Currency", "Post count", "Tags", "Created", "Collaboration ID");

    private final CollaborationListing listing;
    private final ListResults results;
    private final Clock clock;

    ExportController(CollaborationListing listing, ListResults results, Clock clock) {
        this.listing = listing;
        this.results = results;
        this.clock = clock;
    }

    @GetMapping("/collaborations/export.csv")
    void export(@ModelAttribute("params") ListParams params, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"collaborations-"
                + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write(Csv.line(HEADER));
        CollaborationListQuery query = params.query().after(null, CHUNK);
        while (query != null) {
            CollaborationListPage page = listing.rows(query);
            for (ListResults.Item item : results.items(page.rows())) {
                out.write(Csv.line(cells(item)));
            }
            query = page.nextAfter() == null ? null : query.after(page.nextAfter(), CHUNK);
        }
        out.flush();
    }

    private static List<String> cells(ListResults.Item item) {
        CollaborationRow row = item.row();
        return List.of(row.creatorName(), row.creatorHandle() == null ? "" : row.creatorHandle(), item.campaignName(),
                row.status().label(), row.cancellationReason() == null ? "" : row.cancellationReason().label(),
                row.costAmount() == null ? "" : row.costAmount().toPlainString(), row.costCurrency(),
                Integer.toString(row.postCount()), String.join(", ", row.tags()),
                DateTimeFormatter.ISO_LOCAL_DATE.format(row.createdAt().atOffset(ZoneOffset.UTC)), row.id().toString());
    }
}
