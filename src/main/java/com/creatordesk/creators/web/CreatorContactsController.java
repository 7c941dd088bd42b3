package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.web.CreatorForms.EmailForm;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A creator's platform handles and email addresses: add, change, remove, make primary. */
@Controller
class CreatorContactsController {

    private final CreatorPageView view;
    private final CreatorEdits edits;

    CreatorContactsController(CreatorPageView view, CreatorEdits edits) {
        this.view = view;
        this.edits = edits;
    }

    @PostMapping("/creators/{id}/handles")
    String addHandle(@PathVariable UUID id, @ModelAttribute("handleForm") HandleForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return view.apply(id, errors, model, response, redirect, "Handle added.", CreatorContactsController::handleField,
                () -> edits.addHandle(id, form.details("")));
    }

    @PostMapping("/creators/{id}/handles/{handleId}")
    String changeHandle(@PathVariable UUID id, @PathVariable UUID handleId,
            @ModelAttribute("editHandleForm") HandleForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("editingHandle", handleId);
        return view.apply(id, errors, model, response, redirect, "Handle saved.", CreatorContactsController::handleField,
                () -> edits.changeHandle(id, handleId, form.details("")));
    }

    @PostMapping("/creators/{id}/handles/{handleId}/remove")
    String removeHandle(@PathVariable UUID id, @PathVariable UUID handleId, RedirectAttributes redirect) {
        return view.apply(id, redirect, "Handle removed.", () -> edits.removeHandle(id, handleId));
    }

    @PostMapping("/creators/{id}/emails")
    String addEmail(@PathVariable UUID id, @ModelAttribute("emailForm") EmailForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return view.apply(id, errors, model, response, redirect, "Email address added.", field -> "address",
                () -> edits.addEmail(id, form.address(), form.makePrimary()));
    }

    @PostMapping("/creators/{id}/emails/{emailId}/primary")
    String makePrimary(@PathVariable UUID id, @PathVariable UUID emailId, RedirectAttributes redirect) {
        return view.apply(id, redirect, "Primary email address changed.", () -> edits.makePrimary(id, emailId));
    }

    @PostMapping("/creators/{id}/emails/{emailId}/remove")
    String removeEmail(@PathVariable UUID id, @PathVariable UUID emailId, RedirectAttributes redirect) {
        return view.apply(id, redirect, "Email address removed.", () -> edits.removeEmail(id, emailId));
    }

    /** The pool names the handle field “handle” and figures “handle.followers”; this form calls them plainly. */
    private static String handleField(String reported) {
        return reported.startsWith("handle.") ? reported.substring("handle.".length()) : reported;
    }
}
