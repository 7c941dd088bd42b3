package com.creatordesk.mailbox.web;

import com.creatordesk.identity.Members;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.mailbox.sandbox.SandboxComposer;
import com.creatordesk.mailbox.sandbox.SandboxComposer.NotSent;
import com.creatordesk.mailbox.sandbox.SandboxEntry.Box;
import com.creatordesk.mailbox.sandbox.SandboxMessages;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Mailbox → Sandbox (any member): what each outside address received from this organization, and
 * writing or replying as that address.
 */
@Controller
@RequestMapping("/mailbox/sandbox")
class SandboxController {

    static final int PAGE_SIZE = 50;

    private final SandboxMessages messages;
    private final SandboxComposer composer;
    private final Members members;

    SandboxController(SandboxMessages messages, SandboxComposer composer, Members members) {
        this.messages = messages;
        this.composer = composer;
        this.members = members;
    }

    @GetMapping
    String list(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("running", messages.isRunning());
        model.addAttribute("teamAddress", SandboxServer.teamAddress(organization()));
        if (messages.isRunning()) {
            model.addAttribute("page", messages.addresses(organization(), after == null ? null : after.toLowerCase(Locale.ROOT), PAGE_SIZE));
        }
        model.addAttribute("after", after);
        if (!model.containsAttribute("writeForm")) {
            model.addAttribute("writeForm", SandboxWriteForm.empty(""));
        }
        return "mailbox/sandbox";
    }

    @PostMapping("/messages")
    String write(@Valid @ModelAttribute("writeForm") SandboxWriteForm form, BindingResult errors,
            @RequestParam(required = false) String back, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireRunning();
        if (!errors.hasFieldErrors("from") && form.from().strip().equalsIgnoreCase(SandboxServer.teamAddress(organization()))) {
            errors.rejectValue("from", "team", "That's the team's own address: write as a creator.");
        }
        if (!errors.hasErrors()) {
            try {
                composer.write(organization(), form.from(), form.subject(), form.body());
                redirect.addFlashAttribute("flash", "Email sent to the team as " + form.from().strip() + ".");
                return "redirect:" + addressPath(form.from());
            } catch (NotSent notSent) {
                errors.reject("notSent", "The sandbox didn't take the email: " + notSent.getMessage());
            }
        }
        response.setStatus(422);
        if ("address".equals(back) && !errors.hasFieldErrors("from")) {
            return conversation(form.from(), model);
        }
        return list(null, model);
    }

    @GetMapping("/addresses/{address}")
    String conversation(@PathVariable String address, Model model) {
        requireRunning();
        model.addAttribute("address", address.strip().toLowerCase(Locale.ROOT));
        model.addAttribute("entries", messages.conversation(organization(), address));
        model.addAttribute("teamAddress", SandboxServer.teamAddress(organization()));
        if (!model.containsAttribute("writeForm")) {
            model.addAttribute("writeForm", SandboxWriteForm.empty(address));
        }
        return "mailbox/sandbox-address";
    }

    @GetMapping("/addresses/{address}/{box}/{uid}")
    String message(@PathVariable String address, @PathVariable String box, @PathVariable long uid, Model model) {
        requireRunning();
        Box which = Box.ofPath(box);
        if (which == null) {
            throw new NotFoundException("Sandbox message");
        }
        model.addAttribute("message", messages.message(organization(), address, which, uid));
        model.addAttribute("teamAddress", SandboxServer.teamAddress(organization()));
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", new SandboxReplyForm(""));
        }
        return "mailbox/sandbox-message";
    }

    @PostMapping("/addresses/{address}/inbox/{uid}/reply")
    String reply(@PathVariable String address, @PathVariable long uid, @Valid @ModelAttribute("replyForm") SandboxReplyForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireRunning();
        if (!errors.hasErrors()) {
            try {
                composer.reply(organization(), address, uid, form.body());
                redirect.addFlashAttribute("flash", "Reply sent to the team as " + address + ".");
                return "redirect:" + addressPath(address);
            } catch (NotSent notSent) {
                errors.reject("notSent", "The sandbox didn't take the reply: " + notSent.getMessage());
            }
        }
        response.setStatus(422);
        return message(address, Box.RECEIVED.path(), uid, model);
    }

    private void requireRunning() {
        if (!messages.isRunning()) {
            throw new NotFoundException("Sandbox");
        }
    }

    private OrganizationId organization() {
        return members.requireCurrent().organizationId();
    }

    private static String addressPath(String address) {
        return "/mailbox/sandbox/addresses/" + UriUtils.encodePathSegment(address.strip().toLowerCase(Locale.ROOT), "UTF-8");
    }
}
