package com.creatordesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.TestClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void repeatedFailuresFirstSlowAnAccountDownThenLockItForAWhile() throws Exception {
        String email = TestAccounts.signUp(mvc, "Lockout Co").email();

        for (int i = 0; i < 3; i++) {
            assertThat(attempt(email, "wrong-password")).isEqualTo("That email and password don't match an account.");
        }
        assertThat(attempt(email, TestAccounts.PASSWORD)).startsWith("Too many failed sign-ins. Wait ").endsWith(" seconds before trying again.");
        clock.advance(Duration.ofSeconds(6));
        assertThat(attempt(email, TestAccounts.PASSWORD)).as("after the wait the right password works").isNull();

        for (int failures = 1; failures <= 10; failures++) {
            clock.advance(Duration.ofMinutes(2));
            String message = attempt(email, "wrong-password");
            if (failures < 10) {
                assertThat(message).isEqualTo("That email and password don't match an account.");
            } else {
                assertThat(message).startsWith("This account is temporarily locked after too many failed sign-ins.");
            }
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(attempt(email, TestAccounts.PASSWORD)).as("still locked").startsWith("This account is temporarily locked");
        clock.advance(Duration.ofMinutes(6));
        assertThat(attempt(email, TestAccounts.PASSWORD)).as("the lock has expired").isNull();
    }

    @Test
    void unknownAddressesGetTheSameAnswerAsWrongPasswords() throws Exception {
        assertThat(attempt(TestAccounts.uniqueEmail("nobody"), "whatever-password"))
                .isEqualTo("That email and password don't match an account.");
    }

    @Test
    void theFormKeepsTheEmailAfterAFailedSignIn() throws Exception {
        String email = TestAccounts.signUp(mvc, "Keep Email Co").email();
        MvcResult failed = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "nope-nope-nope"))
                .andReturn();
        String page = mvc.perform(get("/login").cookie(TestAccounts.sessionCookie(failed))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + email + "\"");
    }

    @Test
    void rememberMeSignsTheMemberBackInWithoutASession() throws Exception {
        String email = TestAccounts.signUp(mvc, "Remember Co").email();
        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).param("username", email)
                        .param("password", TestAccounts.PASSWORD).param("remember-me", "on"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie rememberMe = signedIn.getResponse().getCookie("remember-me");
        assertThat(rememberMe).isNotNull();

        mvc.perform(get("/creators").cookie(rememberMe)).andExpect(status().isOk());
        mvc.perform(get("/creators")).andExpect(status().is3xxRedirection());
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        MvcResult anonymous = mvc.perform(get("/login")).andReturn();
        Cookie before = anonymous.getResponse().getCookie("SESSION");
        SignedIn owner = TestAccounts.signUp(mvc, "Fixation Co");
        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).cookie(before)
                .param("username", owner.email()).param("password", TestAccounts.PASSWORD)).andReturn();
        Cookie after = TestAccounts.sessionCookie(signedIn);
        assertThat(after.getValue()).isNotEqualTo(before == null ? null : before.getValue());
        if (before != null) {
            mvc.perform(get("/creators").cookie(before)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/creators").cookie(after)).andExpect(status().isOk());
    }

    /** Signs in; answers null on success, else the message the sign-in page shows. */
    private String attempt(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target != null && !target.contains("/login")) {
            return null;
        }
        String page = mvc.perform(get("/login").cookie(TestAccounts.sessionCookie(result))).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("<span>", page.indexOf("class=\"alert error\""));
        return HtmlUtils.htmlUnescape(page.substring(start + 6, page.indexOf("</span>", start)));
    }
}
