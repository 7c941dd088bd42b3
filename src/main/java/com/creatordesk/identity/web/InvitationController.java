package com.creatordesk.identity.web;

import com.creatordesk.identity.config.SessionSignIn;
import com.creatordesk.identity.domain.Accounts;
import com.creatordesk.identity.domain.Accounts.InvitationState;
import com.creatordesk.identity.domain.Member;
import com.creatordesk.identity.domain.TeamRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The emailed (or copied) invitation link: the invitee sets their name and password and is signed in. */
@Controller
class InvitationController {

    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;

    InvitationController(Accounts accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        InvitationState state = accounts.inspect(token);
        model.addAttribute("invitation", state);
        model.addAttribute("form", new AcceptInvitationForm("", "", ""));
        if (state.problem() != null) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        return "identity/accept-invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptInvitationForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        InvitationState state = accounts.inspect(token);
        model.addAttribute("invitation", state);
        if (state.problem() != null) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "identity/accept-invitation";
        }
        Accounts.passwordProblem(form.password()).ifPresent(problem -> errors.rejectValue("password", "password", problem));
        if (!errors.hasFieldErrors("password") && !Objects.equals(form.password(), form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "confirm", "The two passwords don't match.");
        }
        if (!errors.hasErrors()) {
            try {
                Member member = accounts.accept(token, form.name(), form.password());
                sessionSignIn.signIn(member, request, response);
                redirect.addFlashAttribute("flash", "Welcome aboard, " + member.getName() + ". You've joined " + state.organizationName() + ".");
                return "redirect:/";
            } catch (TeamRuleViolation violation) {
                model.addAttribute("invitation", new InvitationState(null, null, null, null, violation.getMessage()));
                response.setStatus(HttpServletResponse.SC_GONE);
                return "identity/accept-invitation";
            }
        }
        response.setStatus(422);
        return "identity/accept-invitation";
    }
}
