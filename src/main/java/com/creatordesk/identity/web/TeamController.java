package com.creatordesk.identity.web;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Members;
import com.creatordesk.identity.Role;
import com.creatordesk.identity.domain.Invitation;
import com.creatordesk.identity.domain.Team;
import com.creatordesk.identity.domain.TeamRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Settings → Team (Owners and Admins). */
@Controller
@RequestMapping("/settings/team")
class TeamController {

    private final Team team;
    private final Members members;
    private final String baseUrl;
    private final Clock clock;

    TeamController(Team team, Members members, @Value("${creatordesk.base-url}") String baseUrl, Clock clock) {
        this.team = team;
        this.members = members;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", InviteForm.empty());
        }
        CurrentMember me = members.requireCurrent();
        List<Invitation> invitations = team.openInvitations();
        Map<UUID, String> links = invitations.stream()
                .collect(Collectors.toMap(Invitation::getId, invitation -> team.linkFor(invitation, linkBase())));
        Map<UUID, String> inviters = members.all().stream()
                .collect(Collectors.toMap(member -> member.id().value(), member -> member.name()));
        model.addAttribute("members", team.members());
        model.addAttribute("invitations", invitations);
        model.addAttribute("links", links);
        model.addAttribute("inviters", inviters);
        model.addAttribute("grantableRoles", grantableRoles(me));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("now", clock.instant());
        return "identity/team";
    }

    @PostMapping("/invitations")
    String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Invitation invitation = team.invite(members.requireCurrent(), form.email(), form.role(), linkBase());
                redirect.addFlashAttribute("flash", "Invitation created for " + invitation.getEmail()
                        + " and emailed from your team mailbox. You can also share the invitation link below; it's valid for 7 days.");
                return "redirect:/settings/team";
            } catch (TeamRuleViolation violation) {
                errors.rejectValue(violation.field() == null ? "email" : violation.field(), "rule", violation.getMessage());
            }
        }
        response.setStatus(422);
        return page(model);
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        return apply(redirect, "Invitation withdrawn.", () -> team.revokeInvitation(members.requireCurrent(), id));
    }

    @PostMapping("/members/{id}/role")
    String changeRole(@PathVariable UUID id, @RequestParam Role role, RedirectAttributes redirect) {
        return apply(redirect, "Role updated.", () -> team.changeRole(members.requireCurrent(), id, role));
    }

    @PostMapping("/members/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        return apply(redirect, "Member removed.", () -> team.remove(members.requireCurrent(), id));
    }

    private String apply(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", success);
        } catch (TeamRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/settings/team";
    }

    private String linkBase() {
        return baseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl.replaceAll("/$", "");
    }

    private static List<Role> grantableRoles(CurrentMember me) {
        return Arrays.stream(Role.values()).filter(role -> role != Role.OWNER || me.role() == Role.OWNER).toList();
    }
}
