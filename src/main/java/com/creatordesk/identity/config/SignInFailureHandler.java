package com.creatordesk.identity.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in form with the reason and the email the member typed. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "signInError";
    static final String EMAIL = "signInEmail";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        request.getSession().setAttribute(MESSAGE, exception.getMessage());
        request.getSession().setAttribute(EMAIL, request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
