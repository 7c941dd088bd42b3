package com.creatordesk.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Single-brand installs switch sign-up off; demo mode shows its sign-in on the sign-in page. */
@SpringBootTest(properties = {"creatordesk.signup.enabled=false", "creatordesk.demo.enabled=true"})
@AutoConfigureMockMvc
@Import(SignUpSwitchIntegrationTests.DemoListener.class)
class SignUpSwitchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoListener listener;

    /** Stands in for the modules' demo-data listeners: records who it could see while handling the event. */
    @TestComponent
    static class DemoListener {

        private final CompletableFuture<List<String>> teamSeen = new CompletableFuture<>();
        private final Members members;

        DemoListener(Members members) {
            this.members = members;
        }

        @ApplicationModuleListener(id = "test-demo-listener")
        void on(DemoOrganizationCreated event) {
            teamSeen.complete(members.all().stream().map(MemberSummary::email).toList());
        }

        List<String> teamSeen() throws Exception {
            return teamSeen.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void demoListenersRunScopedToTheDemoOrganizationAndCompletedPublicationsAreDeleted() throws Exception {
        assertThat(listener.teamSeen()).containsExactly("demo@creatordesk.app");
        long deadline = System.currentTimeMillis() + 10_000;
        while (count() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count()).as("completed publications are deleted, not kept").isZero();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id = 'test-demo-listener'", Integer.class);
    }

    @Test
    void signUpIsGoneWhenSwitchedOff() throws Exception {
        mvc.perform(get("/signup")).andExpect(status().isNotFound());
        mvc.perform(get("/login")).andExpect(content().string(Matchers.not(Matchers.containsString("/signup"))));
    }

    @Test
    void demoModeShowsItsSignInAndItWorks() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("demo@creatordesk.app")))
                .andExpect(content().string(Matchers.containsString("creatordesk-demo")));
        com.creatordesk.TestAccounts.signIn(mvc, "demo@creatordesk.app", "creatordesk-demo");
    }
}
