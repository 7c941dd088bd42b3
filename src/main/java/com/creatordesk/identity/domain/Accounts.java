package com.creatordesk.identity.domain;

import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Role;
import com.creatordesk.identity.Tenancy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating accounts before anyone is signed in: sign-up (a new organization and its Owner) and accepting
 * an invitation. Both work across organizations, so each runs as the system and scopes itself.
 */
@Service
public class Accounts {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD_BYTES = 72;

    private final Organizations organizations;
    private final TeamMembers members;
    private final Invitations invitations;
    private final InvitationLinks links;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Accounts(Organizations organizations, TeamMembers members, Invitations invitations, InvitationLinks links,
            PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.invitations = invitations;
        this.links = links;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Why a password is refused, if it is. */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("Use at least " + MIN_PASSWORD + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("Use at most " + MAX_PASSWORD_BYTES + " characters.");
        }
        return Optional.empty();
    }

    public Member signUp(String organizationName, String name, String email, String password, boolean demo) {
        passwordProblem(password).ifPresent(problem -> {
            throw new TeamRuleViolation("password", problem);
        });
        return Tenancy.callAsSystem(() -> transactions.execute(status -> {
            if (members.existsInAnyOrganization(email)) {
                throw new TeamRuleViolation("email", "An account with this email already exists. Sign in instead.");
            }
            Organization organization = organizations.save(new Organization(organizationName, demo, clock.instant()));
            return members.save(new Member(organization.getId(), name, email, passwords.encode(password),
                    Role.OWNER, clock.instant()));
        }));
    }

    /** What the invitation link shows before the invitee sets a name and password. */
    public InvitationState inspect(String token) {
        return Tenancy.callAsSystem(() -> transactions.execute(status -> state(token, false)));
    }

    public Member accept(String token, String name, String password) {
        passwordProblem(password).ifPresent(problem -> {
            throw new TeamRuleViolation("password", problem);
        });
        return Tenancy.callAsSystem(() -> transactions.execute(status -> {
            InvitationState state = state(token, true);
            if (state.problem() != null) {
                throw new TeamRuleViolation(state.problem());
            }
            Invitation invitation = invitations.findById(state.invitationId()).orElseThrow();
            if (members.existsInAnyOrganization(invitation.getEmail())) {
                throw new TeamRuleViolation("An account with this email already exists. Sign in instead.");
            }
            invitation.accept(clock.instant());
            return members.save(new Member(invitation.getOrganizationId(), name, invitation.getEmail(),
                    passwords.encode(password), invitation.getRole(), clock.instant()));
        }));
    }

    private InvitationState state(String token, boolean lock) {
        Optional<UUID> id = links.invitationId(token);
        if (id.isEmpty()) {
            return InvitationState.problem("This invitation link is not valid. Check that you copied all of it.");
        }
        Optional<Invitation> found = lock ? invitations.lockById(id.get()) : invitations.findById(id.get());
        if (found.isEmpty()) {
            return InvitationState.problem("This invitation was withdrawn. Ask your team for a new one.");
        }
        Invitation invitation = found.get();
        if (invitation.isAccepted()) {
            return InvitationState.problem("This invitation has already been used. Sign in instead.");
        }
        if (invitation.isExpired(clock.instant())) {
            return InvitationState.problem("This invitation has expired. Ask your team to send a new one.");
        }
        String organizationName = organizations.findById(invitation.getOrganizationId()).map(Organization::getName).orElse("");
        return new InvitationState(invitation.getId(), organizationName, invitation.getEmail(), invitation.getRole(), null);
    }

    public record InvitationState(UUID invitationId, String organizationName, String email, Role role, String problem) {

        static InvitationState problem(String problem) {
            return new InvitationState(null, null, null, null, problem);
        }
    }

    public static OrganizationId organizationOf(Member member) {
        return new OrganizationId(member.getOrganizationId());
    }

    public static MemberId idOf(Member member) {
        return new MemberId(member.getId());
    }
}
