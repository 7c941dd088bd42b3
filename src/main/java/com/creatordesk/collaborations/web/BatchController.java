package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.BatchChanges;
import com.creatordesk.collaborations.domain.BatchResult;
import com.creatordesk.collaborations.domain.Cancellation;
import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import com.creatordesk.identity.Members;
import com.creatordesk.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The batch toolbar of the list and of a campaign's tab. With htmx the results are re-rendered with the report,
 * for the view the form came from ({@code view}); without, the list again (PRG). A refused request (nothing selected, no reason for cancelling, no tag) changes nothing and
 * answers 422 with the selection kept.
 */
@Controller
class BatchController {

    private final BatchChanges batch;
    private final ListResults results;
    private final Members members;

    BatchController(BatchChanges batch, ListResults results, Members members) {
        this.batch = batch;
        this.results = results;
        this.members = members;
    }

    @PostMapping("/collaborations/batch")
    String apply(@ModelAttribute("params") ListParams params, @ModelAttribute("batch") BatchForm form,
            @RequestParam(required = false) String view, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        BatchReport report = null;
        String problem;
        try {
            report = run(form);
            problem = null;
        } catch (CollaborationRuleViolation refused) {
            problem = refused.getMessage();
        }
        if (!Htmx.wantsFragment(request) && report != null) {
            redirect.addFlashAttribute("batchReport", report);
            return "redirect:" + params.url("/collaborations");
        }
        results.fill(params, ListView.of(view, params), model);
        model.addAttribute("batchReport", report);
        model.addAttribute("batchProblem", problem);
        if (problem != null) {
            model.addAttribute("selected", form.ids());
            response.setStatus(422);
        }
        if (Htmx.wantsFragment(request)) {
            return CollaborationListController.LIST + " :: results";
        }
        results.filterOptions(params, model);
        return CollaborationListController.LIST;
    }

    private BatchReport run(BatchForm form) {
        Actor actor = Actor.member(members.requireCurrent());
        String tag = form.batchTag() == null ? "" : form.batchTag().strip();
        if ("add-tag".equals(form.action())) {
            return BatchReport.of(batch.addTag(form.ids(), form.batchTag(), actor), "Tag " + tag + " added to %s.");
        }
        if ("remove-tag".equals(form.action())) {
            return BatchReport.of(batch.removeTag(form.ids(), form.batchTag(), actor), "Tag " + tag + " removed from %s.");
        }
        CollaborationStatus target = Arrays.stream(CollaborationStatus.values())
                .filter(status -> status.name().equals(form.batchStatus())).findFirst()
                .orElseThrow(() -> new CollaborationRuleViolation("batchStatus", "Choose a status."));
        Cancellation cancellation = null;
        if (target == CollaborationStatus.CANCELLED) {
            cancellation = new Cancellation(Arrays.stream(com.creatordesk.collaborations.CancellationReason.values())
                    .filter(reason -> reason.name().equals(form.batchReason())).findFirst().orElse(null), form.batchReasonNote());
        }
        BatchResult result = batch.changeStatus(form.ids(), target, cancellation, actor);
        return BatchReport.of(result, "%s changed to " + target.label() + ".");
    }
}
