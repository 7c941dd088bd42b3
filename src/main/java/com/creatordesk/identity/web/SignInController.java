package com.creatordesk.identity.web;

import com.creatordesk.identity.config.DemoOrganization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

@Controller
class SignInController {

    private final boolean signUpEnabled;
    private final boolean demo;

    SignInController(@Value("${creatordesk.signup.enabled}") boolean signUpEnabled,
            @Value("${creatordesk.demo.enabled}") boolean demo) {
        this.signUpEnabled = signUpEnabled;
        this.demo = demo;
    }

    @GetMapping("/login")
    String signIn(HttpSession session, Model model) {
        if (model.getAttribute("me") != null) {
            return "redirect:/";
        }
        model.addAttribute("error", take(session, "signInError"));
        model.addAttribute("email", take(session, "signInEmail"));
        model.addAttribute("signUpEnabled", signUpEnabled);
        if (demo) {
            model.addAttribute("demoEmail", DemoOrganization.EMAIL);
            model.addAttribute("demoPassword", DemoOrganization.PASSWORD);
        }
        return "identity/sign-in";
    }

    /** The start page; a message flashed to "/" travels on to it. */
    @GetMapping("/")
    String home(HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null) {
            flash.forEach(redirect::addFlashAttribute);
        }
        return "redirect:/campaigns";
    }

    private static String take(HttpSession session, String attribute) {
        Object value = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return Optional.ofNullable(value).map(Object::toString).orElse(null);
    }
}
