package com.creatordesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignUpIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signUpCreatesTheOrganizationAndItsOwnerAndSignsThemIn() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Acme Sportswear");

        assertThat(jdbc.queryForObject("select m.role from members m join organizations o on o.id = m.organization_id "
                + "where m.email = ? and o.name = 'Acme Sportswear'", String.class, owner.email())).isEqualTo("OWNER");
        assertThat(jdbc.queryForObject("select password_hash from members where email = ?", String.class, owner.email()))
                .startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
        mvc.perform(owner.as(get("/campaigns")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Acme Sportswear")));
    }

    @Test
    void aShortPasswordIsRefusedNextToTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        String email = TestAccounts.uniqueEmail("short");
        mvc.perform(post("/signup").with(csrf())
                        .param("organizationName", "Short Co").param("name", "Sam").param("email", email).param("password", "tooshort"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Use at least 10 characters.")))
                .andExpect(content().string(Matchers.containsString("value=\"Short Co\"")))
                .andExpect(content().string(Matchers.containsString("value=\"" + email + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from members where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void anEmailThatAlreadyHasAnAccountIsRefused() throws Exception {
        SignedIn existing = TestAccounts.signUp(mvc, "First Brand");
        mvc.perform(post("/signup").with(csrf())
                        .param("organizationName", "Second Brand").param("name", "Sam")
                        .param("email", existing.email().toUpperCase()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("An account with this email already exists")));
        assertThat(jdbc.queryForObject("select count(*) from organizations where name = 'Second Brand'", Integer.class)).isZero();
    }

    @Test
    void signInAndSignOut() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Sign In Co");
        SignedIn again = TestAccounts.signIn(mvc, owner.email(), TestAccounts.PASSWORD);
        mvc.perform(again.as(get("/creators"))).andExpect(status().isOk());

        mvc.perform(again.as(post("/logout").with(csrf()))).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(again.as(get("/creators"))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void everyPageRequiresSignInButHealthIsPublic() throws Exception {
        mvc.perform(get("/collaborations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("UP")));
        mvc.perform(get("/actuator/info")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anHtmxRequestWithoutASessionIsSentToSignInAsAWholePage() throws Exception {
        mvc.perform(get("/campaigns").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/signup").param("organizationName", "No Token").param("name", "N")
                        .param("email", TestAccounts.uniqueEmail("csrf")).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from organizations where name = 'No Token'", Integer.class)).isZero();
    }

    @Test
    void pagesCarryTheContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    /** So that a browser keeps them for a year, yet takes the new ones as soon as an upgrade changes them. */
    @Test
    void stylesheetsScriptsAndIconsAreLinkedByTheirContentsHashAndKeptForAYear() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Assets Brand");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(owner.as(get("/campaigns"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String script = page.select("script[src*=app]").attr("src");
        String stylesheet = page.select("link[rel=stylesheet][href*=app]").attr("href");
        String icons = page.select("use[href*=icons]").first().attr("href");
        String htmx = page.select("script[src*=htmx]").attr("src");
        assertThat(script).matches("/assets/js/app-[0-9a-f]{32}\\.js");
        assertThat(stylesheet).matches("/assets/css/app-[0-9a-f]{32}\\.css");
        assertThat(icons).matches("/assets/img/icons-[0-9a-f]{32}\\.svg#[a-z-]+");
        assertThat(htmx).matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}\\.js");

        String served = new String(getClass().getResourceAsStream("/static/js/app.js").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String asset : java.util.List.of(script, stylesheet, icons.substring(0, icons.indexOf('#')), htmx)) {
            mvc.perform(get(asset)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=31536000")));
        }
        mvc.perform(get(script)).andExpect(content().string(served));
        mvc.perform(get("/assets/js/app-00000000000000000000000000000000.js")).andExpect(status().isNotFound()); // another version
    }
}
