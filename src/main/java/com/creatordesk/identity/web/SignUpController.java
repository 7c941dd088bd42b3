package com.creatordesk.identity.web;

import com.creatordesk.identity.config.SessionSignIn;
import com.creatordesk.identity.domain.Accounts;
import com.creatordesk.identity.domain.Member;
import com.creatordesk.identity.domain.TeamRuleViolation;
import com.creatordesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;
    private final boolean enabled;

    SignUpController(Accounts accounts, SessionSignIn sessionSignIn,
            @Value("${creatordesk.signup.enabled}") boolean enabled) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.enabled = enabled;
    }

    @GetMapping("/signup")
    String form(Model model) {
        requireEnabled();
        model.addAttribute("form", SignUpForm.empty());
        return "identity/sign-up";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        requireEnabled();
        Accounts.passwordProblem(form.password()).ifPresent(problem -> errors.rejectValue("password", "password", problem));
        if (!errors.hasErrors()) {
            try {
                Member owner = accounts.signUp(form.organizationName(), form.name(), form.email(), form.password(), false);
                sessionSignIn.signIn(owner, request, response);
                redirect.addFlashAttribute("flash", "Welcome to Creatordesk, " + owner.getName() + ".");
                return "redirect:/";
            } catch (TeamRuleViolation violation) {
                errors.rejectValue(violation.field(), "rule", violation.getMessage());
            }
        }
        response.setStatus(422);
        return "identity/sign-up";
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException("Sign-up");
        }
    }
}
