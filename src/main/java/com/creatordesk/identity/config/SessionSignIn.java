package com.creatordesk.identity.config;

import com.creatordesk.identity.domain.Member;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a member in right after they created their account (sign-up, accepted invitation). */
@Component
public class SessionSignIn {

    private final SecurityContextRepository contexts;

    SessionSignIn(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    public void signIn(Member member, HttpServletRequest request, HttpServletResponse response) {
        MemberPrincipal principal = MemberPrincipal.of(member);
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
