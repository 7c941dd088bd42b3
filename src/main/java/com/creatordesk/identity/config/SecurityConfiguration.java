package com.creatordesk.identity.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices.RememberMeTokenAlgorithm;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Form sign-in with remember-me, sessions in PostgreSQL, CSRF everywhere and strict security headers. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, MemberSignIn memberSignIn, SecurityContextRepository contexts,
            TokenBasedRememberMeServices rememberMe) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/signup", "/invitations/**", "/u/**", "/error", "/favicon.ico",
                        "/assets/**", "/webjars/**", "/actuator/health/**").permitAll()
                .requestMatchers("/settings/**").hasAnyRole("OWNER", "ADMIN")
                .anyRequest().authenticated())
            // outreach's unsubscribe links: mail clients' one-click unsubscribe (RFC 8058) POSTs without a token
            .csrf(csrf -> csrf.ignoringRequestMatchers("/u/**"))
            .securityContext(context -> context.securityContextRepository(contexts))
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/", false)
                .failureHandler(new SignInFailureHandler())
                .permitAll())
            .rememberMe(remember -> remember.rememberMeServices(rememberMe))
            .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("SESSION", "remember-me"))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(signInEntryPoint()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Pages go to the sign-in form; an htmx request whose session has ended sends the whole page there
     * (HX-Redirect) instead of swapping a sign-in form into a fragment.
     */
    private static AuthenticationEntryPoint signInEntryPoint() {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                page.commence(request, response, exception);
            }
        };
    }

    @Bean
    TokenBasedRememberMeServices rememberMeServices(@Value("${creatordesk.secret-key}") String secret,
            MemberSignIn memberSignIn) {
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices("remember-me:" + secret,
                memberSignIn, RememberMeTokenAlgorithm.SHA256);
        services.setMatchingAlgorithm(RememberMeTokenAlgorithm.SHA256);
        services.setTokenValiditySeconds(30 * 24 * 3600);
        services.setParameter("remember-me");
        return services;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Sign-ins stay observed (their timings and failures are metrics worth having). The observation of every
     * filter of every request, and of every authorization decision, is off: it wrapped each of the chain's fifteen
     * filters in an observation that recorded meters per event, a tenth of what a small page cost, and without
     * tracing nobody reads it. Requests as a whole are still timed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
