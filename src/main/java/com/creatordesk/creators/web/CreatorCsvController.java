package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorExport;
import com.creatordesk.creators.domain.CreatorImports;
import com.creatordesk.creators.domain.CsvCells;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** CSV downloads: the filtered Creators list (Export CSV) and an import's error report, both streamed. */
@Controller
class CreatorCsvController {

    private final CreatorExport export;
    private final CreatorImports imports;
    private final Members members;
    private final Clock clock;

    CreatorCsvController(CreatorExport export, CreatorImports imports, Members members, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/creators/export.csv")
    void export(@ModelAttribute("filters") CreatorListParams params, HttpServletResponse response) throws IOException {
        CurrentMember me = members.requireCurrent();
        Writer out = csv(response, "creators-" + LocalDate.now(clock) + ".csv");
        export.write(me.organizationId().value(), me.id().value(), params.filter(), out);
        out.flush();
    }

    @GetMapping("/creators/import/{id}/errors.csv")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.get(id);
        Writer out = csv(response, "import-errors-" + id.toString().substring(0, 8) + ".csv");
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
        printer.printRecord("Row", "Problem", "Original values");
        imports.eachError(id, error -> {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(error.row()), error.message()));
            cells.addAll(error.cells());
            try {
                printer.printRecord(cells.stream().map(CsvCells::safe).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read accents right. */
    private static Writer csv(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        return out;
    }
}
