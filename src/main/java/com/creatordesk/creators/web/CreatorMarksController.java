package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.Favourites;
import com.creatordesk.creators.web.CreatorForms.TrackingForm;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creator Tracking (start, stop) and the member's favourite star on a creator. */
@Controller
class CreatorMarksController {

    private final CreatorPageView view;
    private final CreatorEdits edits;
    private final CreatorPool pool;
    private final Favourites favourites;
    private final Members members;

    CreatorMarksController(CreatorPageView view, CreatorEdits edits, CreatorPool pool, Favourites favourites,
            Members members) {
        this.view = view;
        this.edits = edits;
        this.pool = pool;
        this.favourites = favourites;
        this.members = members;
    }

    @PostMapping("/creators/{id}/tracking")
    String startTracking(@PathVariable UUID id, @Valid @ModelAttribute("trackingForm") TrackingForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return view.apply(id, errors, model, response, redirect, "Added to Creator Tracking.", UnaryOperator.identity(),
                () -> edits.startTracking(id, form.reason()));
    }

    @PostMapping("/creators/{id}/tracking/stop")
    String stopTracking(@PathVariable UUID id, RedirectAttributes redirect) {
        return view.apply(id, redirect, "Removed from Creator Tracking.", () -> edits.stopTracking(id));
    }

    /** Stars or unstars; over htmx answers with the new star button, otherwise goes back where it came from. */
    @PostMapping("/creators/{id}/favourite")
    String toggleFavourite(@PathVariable UUID id, @RequestParam(required = false) String returnTo, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        String name = pool.get(id).getDisplayName();
        CurrentMember me = members.requireCurrent();
        UUID organization = me.organizationId().value();
        boolean starred = favourites.isFavourite(organization, me.id().value(), id);
        if (starred) {
            favourites.remove(organization, me.id().value(), List.of(id));
        } else {
            favourites.add(organization, me.id().value(), List.of(id));
        }
        if (htmx != null) {
            model.addAttribute("star", new FavouriteStar(id, name, !starred));
            model.addAttribute("returnTo", returnTo);
            return "creators/fragments :: star";
        }
        return "redirect:" + LocalLinks.backTo(returnTo, "/creators/" + id);
    }
}
