package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.Creator;
import com.creatordesk.creators.domain.CreatorEdits;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import com.creatordesk.creators.domain.Locales;
import com.creatordesk.creators.domain.Profile;
import com.creatordesk.creators.web.CreatorForms.ProfileForm;
import jakarta.servlet.http.HttpServletResponse;
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

/** Edit profile: name, country, language, avatar and bio of one creator. */
@Controller
class CreatorProfileController {

    private final CreatorPool pool;
    private final CreatorEdits edits;

    CreatorProfileController(CreatorPool pool, CreatorEdits edits) {
        this.pool = pool;
        this.edits = edits;
    }

    @GetMapping("/creators/{id}/edit")
    String form(@PathVariable UUID id, Model model) {
        Creator creator = pool.get(id);
        model.addAttribute("profileForm", new ProfileForm(creator.getDisplayName(), creator.getCountry(),
                creator.getLanguage(), creator.getAvatarUrl(), creator.getBio()));
        return page(creator, model);
    }

    @PostMapping("/creators/{id}/edit")
    String save(@PathVariable UUID id, @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Creator creator = pool.get(id);
        try {
            edits.updateProfile(id, new Profile(form.displayName(), form.country(), form.language(), form.avatarUrl(),
                    form.bio()));
            redirect.addFlashAttribute("flash", "Profile saved.");
            return "redirect:/creators/" + id;
        } catch (CreatorRuleViolation violation) {
            FormProblems.show(violation, errors, model, UnaryOperator.identity());
        }
        response.setStatus(422);
        return page(creator, model);
    }

    private static String page(Creator creator, Model model) {
        model.addAttribute("creator", creator);
        model.addAttribute("countries", Locales.COUNTRIES);
        model.addAttribute("languages", Locales.LANGUAGES);
        return "creators/edit";
    }
}
