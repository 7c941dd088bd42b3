package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.Cancellation;
import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import com.creatordesk.collaborations.domain.CollaborationService;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A collaboration's details page and its status changes (cancel with a reason, restore, skip, revert). */
@Controller
class CollaborationPageController {

    private final CollaborationDetails details;
    private final CollaborationService collaborations;
    private final Members members;

    CollaborationPageController(CollaborationDetails details, CollaborationService collaborations, Members members) {
        this.details = details;
        this.collaborations = collaborations;
        this.members = members;
    }

    @GetMapping("/collaborations/{id}")
    String page(@PathVariable UUID id, Model model) {
        details.fill(model, id);
        return CollaborationDetails.PAGE;
    }

    @PostMapping("/collaborations/{id}/status")
    String changeStatus(@PathVariable UUID id, @ModelAttribute("statusForm") RecordForms.StatusForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationStatus target = form.target(errors);
        Cancellation cancellation = form.cancellation(target, errors);
        if (!errors.hasErrors()) {
            try {
                CollaborationStatus from = collaborations.get(id).getStatus();
                collaborations.changeStatus(id, target, cancellation, Actor.member(members.requireCurrent()));
                redirect.addFlashAttribute("flash", from == CollaborationStatus.CANCELLED
                        ? "Collaboration restored to " + target.label() + "."
                        : target == CollaborationStatus.CANCELLED ? "Collaboration cancelled." : "Status changed to " + target.label() + ".");
                return "redirect:/collaborations/" + id;
            } catch (CollaborationRuleViolation violation) {
                FormValues.reject(errors, violation);
            }
        }
        details.fill(model, id);
        response.setStatus(422);
        return CollaborationDetails.PAGE;
    }
}
