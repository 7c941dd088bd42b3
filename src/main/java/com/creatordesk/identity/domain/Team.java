package com.creatordesk.identity.domain;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.InvitationMailer;
import com.creatordesk.identity.InvitationMailer.InvitationMail;
import com.creatordesk.identity.Role;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → Team: invitations, roles and removals, with the rules an organization's team keeps: only
 * Owners grant or touch the Owner role, and the last Owner can be neither removed nor demoted.
 */
@Service
public class Team {

    private final Organizations organizations;
    private final TeamMembers members;
    private final Invitations invitations;
    private final InvitationLinks links;
    private final InvitationMailer mailer;
    private final SignedInSessions sessions;
    private final Clock clock;

    Team(Organizations organizations, TeamMembers members, Invitations invitations, InvitationLinks links,
            InvitationMailer mailer, SignedInSessions sessions, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.invitations = invitations;
        this.links = links;
        this.mailer = mailer;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Member> members() {
        return members.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Invitation> openInvitations() {
        return invitations.findOpen();
    }

    /** Invites an address, or renews its open invitation; the link is built by {@code linkBase}. */
    @Transactional
    public Invitation invite(CurrentMember actor, String email, Role role, String linkBase) {
        Organization organization = lockOrganization(actor);
        requireMayGrant(actor, role);
        String address = Member.normalize(email);
        if (members.findByEmail(address).isPresent()) {
            throw new TeamRuleViolation("email", "This person is already a member of your team.");
        }
        if (members.existsInAnyOrganization(address)) {
            throw new TeamRuleViolation("email", "This address already has a Creatordesk account in another organization.");
        }
        Invitation invitation = invitations.findOpenByEmail(address)
                .map(open -> {
                    open.renew(role, actor.id().value(), clock.instant());
                    return open;
                })
                .orElseGet(() -> invitations.save(new Invitation(organization.getId(), address, role,
                        actor.id().value(), clock.instant())));
        mailer.send(new InvitationMail(address, organization.getName(), actor.name(),
                linkBase + "/invitations/" + links.tokenFor(invitation.getId()), invitation.getExpiresAt()));
        return invitation;
    }

    @Transactional
    public void revokeInvitation(CurrentMember actor, UUID invitationId) {
        lockOrganization(actor);
        Invitation invitation = invitations.findById(invitationId)
                .filter(open -> !open.isAccepted())
                .orElseThrow(() -> new NotFoundException("Invitation"));
        requireMayGrant(actor, invitation.getRole());
        invitations.delete(invitation);
    }

    @Transactional
    public void changeRole(CurrentMember actor, UUID memberId, Role role) {
        lockOrganization(actor);
        Member member = members.findById(memberId).orElseThrow(() -> new NotFoundException("Member"));
        if (member.getRole() == role) {
            return;
        }
        requireMayTouch(actor, member);
        requireMayGrant(actor, role);
        if (member.getRole() == Role.OWNER) {
            requireAnotherOwner();
        }
        member.changeRole(role);
        sessions.signOutEverywhere(member.getEmail());
    }

    @Transactional
    public void remove(CurrentMember actor, UUID memberId) {
        lockOrganization(actor);
        Member member = members.findById(memberId).orElseThrow(() -> new NotFoundException("Member"));
        if (member.getId().equals(actor.id().value())) {
            throw new TeamRuleViolation("You can't remove yourself. Ask another Owner or Admin.");
        }
        requireMayTouch(actor, member);
        if (member.getRole() == Role.OWNER) {
            requireAnotherOwner();
        }
        members.delete(member);
        sessions.signOutEverywhere(member.getEmail());
    }

    public String linkFor(Invitation invitation, String linkBase) {
        return linkBase + "/invitations/" + links.tokenFor(invitation.getId());
    }

    private Organization lockOrganization(CurrentMember actor) {
        return organizations.lockById(actor.organizationId().value())
                .orElseThrow(() -> new NotFoundException("Organization"));
    }

    private void requireAnotherOwner() {
        if (members.countByRole(Role.OWNER) <= 1) {
            throw new TeamRuleViolation("The last Owner can't be removed or demoted. Make someone else an Owner first.");
        }
    }

    private static void requireMayGrant(CurrentMember actor, Role role) {
        if (role == Role.OWNER && actor.role() != Role.OWNER) {
            throw new TeamRuleViolation("role", "Only an Owner can grant the Owner role.");
        }
    }

    private static void requireMayTouch(CurrentMember actor, Member member) {
        if (member.getRole() == Role.OWNER && actor.role() != Role.OWNER) {
            throw new TeamRuleViolation("Only an Owner can change or remove another Owner.");
        }
    }
}
