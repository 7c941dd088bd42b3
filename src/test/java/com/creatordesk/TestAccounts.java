package com.creatordesk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signs up organizations and signs members in through the real forms, for MockMvc tests. */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {
    }

    /** A signed-in browser session: send {@link #session()} with each request. */
    public record SignedIn(String email, Cookie session) {

        public MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
            return request.cookie(session);
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Signs up a fresh organization and returns its signed-in Owner. */
    public static SignedIn signUp(MockMvc mvc, String organization) throws Exception {
        String email = uniqueEmail("owner");
        MvcResult result = mvc.perform(post("/signup").with(csrf())
                        .param("organizationName", organization)
                        .param("name", "Olivia Owner")
                        .param("email", email)
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return new SignedIn(email, sessionCookie(result));
    }

    public static SignedIn signIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return new SignedIn(email, sessionCookie(result));
    }

    public static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("no session cookie in the response");
        }
        return cookie;
    }
}
