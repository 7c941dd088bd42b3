package com.creatordesk.mailbox.web;

import com.creatordesk.identity.Members;
import com.creatordesk.mailbox.Mailboxes;
import com.creatordesk.mailbox.domain.ConnectionCheck;
import com.creatordesk.mailbox.domain.Security;
import com.creatordesk.mailbox.domain.TeamMailboxSettings;
import com.creatordesk.mailbox.domain.TeamMailboxSettings.Rejected;
import com.creatordesk.mailbox.domain.MailboxSettings;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Mailbox (Owners and Admins): the team mailbox, Test connection, back to the sandbox. */
@Controller
@RequestMapping("/settings/mailbox")
class MailboxSettingsController {

    private final TeamMailboxSettings settings;
    private final Mailboxes mailboxes;
    private final Members members;
    private final SandboxMessages sandbox;

    MailboxSettingsController(TeamMailboxSettings settings, Mailboxes mailboxes, Members members, SandboxMessages sandbox) {
        this.settings = settings;
        this.mailboxes = mailboxes;
        this.members = members;
        this.sandbox = sandbox;
    }

    @GetMapping
    String page(Model model) {
        Optional<MailboxSettings> saved = settings.current();
        if (!model.containsAttribute("mailboxForm")) {
            model.addAttribute("mailboxForm", saved.map(MailboxForm::of).orElseGet(MailboxForm::defaults));
        }
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("status", mailboxes.status(members.requireCurrent().organizationId()));
        model.addAttribute("securities", Security.values());
        model.addAttribute("sandboxRunning", sandbox.isRunning());
        return "mailbox/settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("mailboxForm") MailboxForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                settings.save(members.requireCurrent(), form.settings(), form.password());
                redirect.addFlashAttribute("flash", "Mailbox saved. Creatordesk now sends from " + form.senderAddress().strip() + ".");
                return "redirect:/settings/mailbox";
            } catch (Rejected rejected) {
                errors.rejectValue(rejected.field(), "rule", rejected.getMessage());
            }
        }
        return invalid(model, response);
    }

    @PostMapping("/test")
    String test(@Valid @ModelAttribute("mailboxForm") MailboxForm form, BindingResult errors, Model model,
            HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        if (!errors.hasErrors()) {
            try {
                List<ConnectionCheck> checks = settings.test(form.settings(), form.password());
                model.addAttribute("checks", checks);
                return htmx != null ? "mailbox/settings :: test-results" : page(model);
            } catch (Rejected rejected) {
                errors.rejectValue(rejected.field(), "rule", rejected.getMessage());
            }
        }
        if (htmx != null) {
            // the whole form comes back so each message sits next to its field; 200, as htmx swaps only 2xx
            response.setHeader("HX-Retarget", "#mailbox-form");
            response.setHeader("HX-Reswap", "outerHTML");
            page(model);
            return "mailbox/settings :: form";
        }
        return invalid(model, response);
    }

    @PostMapping("/remove")
    String remove(RedirectAttributes redirect) {
        settings.remove();
        redirect.addFlashAttribute("flash", "Mailbox disconnected. Its settings and saved password are deleted.");
        return "redirect:/settings/mailbox";
    }

    private String invalid(Model model, HttpServletResponse response) {
        response.setStatus(422);
        return page(model);
    }
}
