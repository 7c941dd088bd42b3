package com.creatordesk.outreach.web;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.outreach.domain.SendingLimitState;
import com.creatordesk.outreach.domain.SendingLimits;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outreach → Sending limits: the organization's rate per minute and daily cap (blank: the defaults in
 * application.properties), and how much of today's cap is used. Owners and Admins change them.
 */
@Controller
class SendingLimitsController {

    private static final String PAGE = "outreach/limits";

    private final SendingLimits limits;
    private final Members members;
    private final Clock clock;

    SendingLimitsController(SendingLimits limits, Members members, Clock clock) {
        this.limits = limits;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/outreach/limits")
    String page(Model model) {
        SendingLimitState state = limits.read(members.requireCurrent().organizationId());
        return page(model, new SendingLimitsForm(text(state.ratePerMinute()), text(state.dailyCap())), state);
    }

    @PostMapping("/outreach/limits")
    String save(@ModelAttribute("limitsForm") SendingLimitsForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CurrentMember me = members.requireCurrent();
        if (!me.role().isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only Owners and Admins change the sending limits.");
        }
        Integer rate = form.rate(errors);
        Integer cap = form.cap(errors);
        if (errors.hasErrors()) {
            page(model, form, limits.read(me.organizationId()));
            return FormErrors.refuse(response, PAGE);
        }
        limits.change(me.organizationId(), rate, cap);
        redirect.addFlashAttribute("flash", "Sending limits saved.");
        return "redirect:/outreach/limits";
    }

    private String page(Model model, SendingLimitsForm form, SendingLimitState state) {
        model.addAttribute("limitsForm", form);
        model.addAttribute("defaults", limits.defaults());
        model.addAttribute("rate", state.rate(limits.defaults()));
        model.addAttribute("cap", state.cap(limits.defaults()));
        model.addAttribute("usedToday", state.usedOn(SendingLimitState.day(clock.instant())));
        model.addAttribute("quotaReached", state.quotaReached(clock.instant(), limits.defaults()));
        return PAGE;
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
