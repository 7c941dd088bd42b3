package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.domain.Tags;
import com.creatordesk.creators.web.CreatorForms.NotesForm;
import com.creatordesk.creators.web.CreatorForms.TagsForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The creator page, and its Notes and Tags forms. Collaborations, Emails and Connection tabs are filled by
 * other modules through their URLs. Another organization's creator answers 404 on every route.
 */
@Controller
class CreatorPageController {

    private final CreatorPageView view;
    private final CreatorEdits edits;

    CreatorPageController(CreatorPageView view, CreatorEdits edits) {
        this.view = view;
        this.edits = edits;
    }

    @GetMapping("/creators/{id}")
    String page(@PathVariable UUID id, Model model) {
        return view.show(id, model);
    }

    @PostMapping("/creators/{id}/notes")
    String notes(@PathVariable UUID id, @Valid @ModelAttribute("notesForm") NotesForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return view.apply(id, errors, model, response, redirect, "Notes saved.", UnaryOperator.identity(),
                () -> edits.changeNotes(id, form.notes()));
    }

    @PostMapping("/creators/{id}/tags")
    String tags(@PathVariable UUID id, @Valid @ModelAttribute("tagsForm") TagsForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return view.apply(id, errors, model, response, redirect, "Tags saved.", UnaryOperator.identity(),
                () -> edits.replaceTags(id, Tags.parse(form.tags())));
    }
}
