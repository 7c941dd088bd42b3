package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.EnrichmentJobs;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The enrichment status a creator page polls while it says “Enriching…”, and Retry after a failure. */
@Controller
class EnrichmentController {

    private final CreatorPool pool;
    private final EnrichmentJobs enrichment;

    EnrichmentController(CreatorPool pool, EnrichmentJobs enrichment) {
        this.pool = pool;
        this.enrichment = enrichment;
    }

    /** With {@code refresh}, a finished enrichment reloads the page so the filled-in profile shows. */
    @GetMapping("/creators/{id}/enrichment")
    String status(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean refresh, Model model,
            HttpServletResponse response) {
        pool.get(id);
        EnrichmentView view = enrichment.find(id).map(EnrichmentView::of).orElse(null);
        if (refresh && view != null && !view.open()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("enrichment", view);
        model.addAttribute("creatorId", id);
        model.addAttribute("refresh", refresh);
        return "creators/fragments :: enrichment";
    }

    @PostMapping("/creators/{id}/enrichment/retry")
    String retry(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean refresh, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        pool.get(id);
        model.addAttribute("enrichment", EnrichmentView.of(enrichment.retry(id)));
        model.addAttribute("creatorId", id);
        model.addAttribute("refresh", refresh);
        return htmx != null ? "creators/fragments :: enrichment" : "redirect:/creators/" + id;
    }
}
