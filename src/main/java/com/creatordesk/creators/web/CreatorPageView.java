package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.Creator;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.EnrichmentJobs;
import com.creatordesk.creators.domain.Favourites;
import com.creatordesk.creators.domain.Locales;
import com.creatordesk.creators.Platform;
import com.creatordesk.creators.web.CreatorForms.EmailForm;
import com.creatordesk.creators.web.CreatorForms.NotesForm;
import com.creatordesk.creators.web.CreatorForms.TagsForm;
import com.creatordesk.creators.web.CreatorForms.TrackingForm;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the creator page: the creator, and each of its forms either fresh from the creator or, after a
 * refused change, as the member typed it (the controller has put that one in the model already).
 */
@Component
class CreatorPageView {

    private final CreatorPool pool;
    private final EnrichmentJobs enrichment;
    private final Favourites favourites;
    private final Members members;

    CreatorPageView(CreatorPool pool, EnrichmentJobs enrichment, Favourites favourites, Members members) {
        this.pool = pool;
        this.enrichment = enrichment;
        this.favourites = favourites;
        this.members = members;
    }

    String show(UUID id, Model model) {
        Creator creator = pool.load(id);
        CurrentMember me = members.requireCurrent();
        model.addAttribute("creator", creator);
        model.addAttribute("initial", CreatorListItem.initial(creator.getDisplayName()));
        model.addAttribute("countryName", Locales.countryName(creator.getCountry()));
        model.addAttribute("languageName", Locales.languageName(creator.getLanguage()));
        model.addAttribute("trackedSince", creator.getTrackedSince() == null ? null
                : CreatorListItem.DAY.format(creator.getTrackedSince()));
        model.addAttribute("star", new FavouriteStar(id, creator.getDisplayName(),
                favourites.isFavourite(me.organizationId().value(), me.id().value(), id)));
        model.addAttribute("enrichment", enrichment.find(id).map(EnrichmentView::of).orElse(null));
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("handles", creator.getHandles().stream().map(HandleRow::of).toList());
        model.addAttribute("followers", Figures.followers(creator.getFollowers()));
        model.addAttribute("engagement", Figures.engagement(creator.getEngagementRate()));
        model.addAttribute("added", CreatorListItem.DAY.format(creator.getCreatedAt()));
        model.addAttribute("creatorId", id);
        model.addAttribute("refresh", true);
        if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "editHandleForm") instanceof BindingResult problems) {
            model.addAttribute("editHandleProblems", FormProblems.byField(problems));
        }
        defaults(model, creator);
        return "creators/creator";
    }

    /** Applies a change and goes back to the page, or shows the page again (422) with the problem next to its field. */
    String apply(UUID id, BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
            String success, UnaryOperator<String> fields, Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("flash", success);
                return "redirect:/creators/" + id;
            } catch (CreatorRuleViolation violation) {
                FormProblems.show(violation, errors, model, fields);
            }
        }
        response.setStatus(422);
        return show(id, model);
    }

    /** For buttons without a form of their own: a refused change comes back as a problem above the page. */
    String apply(UUID id, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", success);
        } catch (CreatorRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/creators/" + id;
    }

    private static void defaults(Model model, Creator creator) {
        putIfAbsent(model, "notesForm", new NotesForm(creator.getNotes()));
        putIfAbsent(model, "tagsForm", new TagsForm(String.join(", ", creator.getTags())));
        putIfAbsent(model, "trackingForm", new TrackingForm(""));
        putIfAbsent(model, "handleForm", HandleForm.empty());
        putIfAbsent(model, "emailForm", EmailForm.empty());
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
