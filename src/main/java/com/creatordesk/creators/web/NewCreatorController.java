package com.creatordesk.creators.web;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.Creator;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import com.creatordesk.creators.domain.EnrichmentJobs;
import com.creatordesk.creators.domain.Locales;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * New creator (the full form) and Quick Add. Quick Add is a fragment other screens include
 * ({@code creators/quick-add :: form(quickAddEmail=${address})}); over htmx it answers with a fragment that replaces the
 * form and raises the {@code creatorAdded} event ({@code {“id”: “<creator id>”}}).
 */
@Controller
class NewCreatorController {

    private final CreatorPool pool;
    private final EnrichmentJobs enrichment;

    NewCreatorController(CreatorPool pool, EnrichmentJobs enrichment) {
        this.pool = pool;
        this.enrichment = enrichment;
    }

    @GetMapping("/creators/new")
    String form(Model model) {
        model.addAttribute("creatorForm", NewCreatorForm.empty());
        return newPage(model);
    }

    @PostMapping("/creators")
    String create(@ModelAttribute("creatorForm") NewCreatorForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Creator creator = pool.create(form.draft());
                redirect.addFlashAttribute("flash", creator.getDisplayName() + " was added to your Creator Pool.");
                return "redirect:/creators/" + creator.getId();
            } catch (CreatorRuleViolation violation) {
                FormProblems.show(violation, errors, model, form::field);
            }
        }
        response.setStatus(422);
        return newPage(model);
    }

    @GetMapping("/creators/quick-add")
    String quickAddForm(@RequestParam(required = false) String email, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("quickAddForm", QuickAddForm.withEmail(email));
        model.addAttribute("platforms", Platform.values());
        return htmx != null ? "creators/quick-add :: form" : "creators/quick-add";
    }

    @PostMapping("/creators/quick-add")
    String quickAdd(@Valid @ModelAttribute("quickAddForm") QuickAddForm form, BindingResult errors, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("platforms", Platform.values());
        if (!errors.hasErrors()) {
            try {
                Creator creator = pool.quickAdd(form.platform(), form.handle(), form.email());
                if (htmx == null) {
                    redirect.addFlashAttribute("flash", "Added @" + creator.getDisplayName() + ". Enriching their profile…");
                    return "redirect:/creators/" + creator.getId();
                }
                response.setHeader("HX-Trigger", "{\"creatorAdded\": {\"id\": \"" + creator.getId() + "\"}}");
                model.addAttribute("added", creator);
                model.addAttribute("creatorId", creator.getId());
                model.addAttribute("refresh", false);
                model.addAttribute("enrichment", enrichment.find(creator.getId()).map(EnrichmentView::of).orElse(null));
                return "creators/quick-add :: added";
            } catch (CreatorRuleViolation violation) {
                FormProblems.show(violation, errors, model, NewCreatorController::quickAddField);
            }
        }
        model.addAttribute("quickAddProblems", FormProblems.byField(errors));
        response.setStatus(422);
        return htmx != null ? "creators/quick-add :: form" : "creators/quick-add";
    }

    private static String quickAddField(String reported) {
        if (reported.startsWith("handles[")) {
            return "handle";
        }
        return reported.startsWith("emails[") ? "email" : null;
    }

    private String newPage(Model model) {
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("countries", Locales.COUNTRIES);
        model.addAttribute("languages", Locales.LANGUAGES);
        return "creators/new";
    }
}
