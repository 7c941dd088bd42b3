package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorImports;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import com.creatordesk.creators.domain.CsvFiles;
import com.creatordesk.creators.domain.ImportField;
import com.creatordesk.creators.domain.ImportJob;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import CSV: upload, map columns with a preview, start, follow the progress, download the error report. */
@Controller
class CreatorImportController {

    private final CreatorImports imports;
    private final Members members;

    CreatorImportController(CreatorImports imports, Members members) {
        this.imports = imports;
        this.members = members;
    }

    @GetMapping("/creators/import")
    String uploadForm(Model model) {
        model.addAttribute("recent", imports.recent());
        model.addAttribute("maxRows", CreatorImports.MAX_ROWS);
        return "creators/import";
    }

    @PostMapping("/creators/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                throw new CreatorRuleViolation("file", "Choose a CSV file to import.");
            }
            ImportJob job = imports.upload(members.requireCurrent().id().value(), file.getOriginalFilename(), file.getBytes());
            return "redirect:/creators/import/" + job.getId();
        } catch (CreatorRuleViolation violation) {
            model.addAttribute("uploadProblem", violation.getMessage());
            response.setStatus(422);
            return uploadForm(model);
        }
    }

    @GetMapping("/creators/import/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) String encoding, Model model) {
        ImportJob job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("view", ImportJobView.of(job));
        if (job.getStatus() == ImportJob.Status.UPLOADED) {
            CreatorImports.Preview preview = imports.preview(id, encoding);
            model.addAttribute("preview", preview);
            model.addAttribute("encodings", CsvFiles.ENCODINGS);
            model.addAttribute("fields", ImportField.values());
            if (!model.containsAttribute("chosen")) {
                model.addAttribute("chosen", preview.header().stream().map(ImportField::guess).toList());
            }
        }
        return "creators/import-job";
    }

    /** The preview again in another encoding (htmx, when the member changes the encoding). */
    @GetMapping("/creators/import/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam(required = false) String encoding, Model model) {
        model.addAttribute("job", imports.get(id));
        model.addAttribute("preview", imports.preview(id, encoding));
        return "creators/import-parts :: preview";
    }

    @PostMapping("/creators/import/{id}/start")
    String start(@PathVariable UUID id, @RequestParam(required = false) List<String> fields, @RequestParam String encoding,
            @RequestParam(defaultValue = "SKIP") ImportJob.Duplicates duplicates, Model model, HttpServletResponse response) {
        List<ImportField> chosen = (fields == null ? List.<String>of() : fields).stream()
                .map(name -> ImportField.parse(name).orElse(ImportField.IGNORE)).toList();
        try {
            imports.start(id, chosen, encoding, duplicates);
            return "redirect:/creators/import/" + id;
        } catch (CreatorRuleViolation violation) {
            model.addAttribute("mappingProblem", violation.getMessage());
            model.addAttribute("chosen", chosen);
            model.addAttribute("duplicates", duplicates);
            response.setStatus(422);
            return job(id, encoding, model);
        }
    }

    @GetMapping("/creators/import/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        ImportJob job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("view", ImportJobView.of(job));
        return "creators/import-parts :: progress";
    }
}
