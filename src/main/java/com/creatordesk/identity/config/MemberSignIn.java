package com.creatordesk.identity.config;

import com.creatordesk.identity.Tenancy;
import com.creatordesk.identity.domain.Member;
import com.creatordesk.identity.domain.TeamMembers;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs members in by email and password. Repeated failures first slow an account down (each attempt must
 * wait a growing delay) and then lock it for a while; the member is told which.
 */
@Component
class MemberSignIn implements AuthenticationProvider, UserDetailsService {

    static final String BAD_CREDENTIALS = "That email and password don't match an account.";

    private final TeamMembers members;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String dummyHash;

    MemberSignIn(TeamMembers members, PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Member.normalize(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        Outcome outcome = Tenancy.callAsSystem(() -> transactions.execute(status -> attempt(email, password)));
        if (outcome.principal() == null) {
            throw outcome.locked() ? new LockedException(outcome.message()) : new BadCredentialsException(outcome.message());
        }
        MemberPrincipal principal = outcome.principal();
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private Outcome attempt(String email, String password) {
        Optional<Member> found = members.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            return Outcome.refused(false, BAD_CREDENTIALS);
        }
        Member member = found.get();
        Optional<String> refusal = member.signInRefusal(clock.instant());
        if (refusal.isPresent()) {
            return Outcome.refused(true, refusal.get());
        }
        if (!passwords.matches(password, member.getPasswordHash())) {
            member.signInFailed(clock.instant());
            return member.isLocked(clock.instant())
                    ? Outcome.refused(true, member.signInRefusal(clock.instant()).orElseThrow())
                    : Outcome.refused(false, BAD_CREDENTIALS);
        }
        member.signInSucceeded();
        return new Outcome(MemberPrincipal.of(member), false, null);
    }

    /** Remember-me: re-establishes a member from their cookie. */
    @Override
    public UserDetails loadUserByUsername(String email) {
        return Tenancy.callAsSystem(() -> transactions.execute(status -> members.findByEmail(email)
                .map(MemberPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no member " + email))));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Outcome(MemberPrincipal principal, boolean locked, String message) {

        static Outcome refused(boolean locked, String message) {
            return new Outcome(null, locked, message);
        }
    }
}
