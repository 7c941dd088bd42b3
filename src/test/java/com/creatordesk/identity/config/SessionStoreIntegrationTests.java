package com.creatordesk.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The session store's own pool skips waiting for the disk; the rest of the app's writes still wait. A request
 * writes its session's last access only once the stored one is a minute old.
 */
@IntegrationTest
class SessionStoreIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    @SpringSessionDataSource
    DataSource sessionDataSource;

    @Test
    void sessionsCommitWithoutWaitingForTheDiskAndEverythingElseWaits() throws Exception {
        assertThat(new JdbcTemplate(sessionDataSource).queryForObject("show synchronous_commit", String.class)).isEqualTo("off");
        assertThat(new JdbcTemplate(dataSource).queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(sessionDataSource).isNotSameAs(dataSource);

        SignedIn member = TestAccounts.signUp(mvc, "Session Store Co");
        mvc.perform(member.as(get("/campaigns"))).andExpect(status().isOk());
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, member.email())).isEqualTo(1);
    }

    @Test
    void aSessionsLastAccessIsWrittenAtMostOnceAMinute() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SignedIn member = TestAccounts.signUp(mvc, "Session Access Co");
        long minuteAgo = System.currentTimeMillis() - 59_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
                + "where principal_name = ?", minuteAgo, minuteAgo, member.email());

        mvc.perform(member.as(get("/campaigns"))).andExpect(status().isOk());
        mvc.perform(member.as(get("/creators"))).andExpect(status().isOk());
        assertThat(lastAccess(jdbc, member)).as("touched less than a minute ago: not written again").isEqualTo(minuteAgo);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
                + "where principal_name = ?", twoMinutesAgo, twoMinutesAgo, member.email());
        long before = System.currentTimeMillis();
        mvc.perform(member.as(get("/campaigns"))).andExpect(status().isOk());
        assertThat(lastAccess(jdbc, member)).as("a minute old: moved to now").isGreaterThanOrEqualTo(before);
        assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where principal_name = ?",
                Long.class, member.email())).as("the idle timeout counts from the new last access").isEqualTo(8 * 3600 * 1000L);
    }

    @Test
    void whatARequestPutsInTheSessionIsStillSavedWhenItsLastAccessIsNot() throws Exception {
        SignedIn member = TestAccounts.signUp(mvc, "Session Attribute Co");
        mvc.perform(member.as(get("/campaigns"))).andExpect(status().isOk());
        // within the same minute: the invitation's confirmation travels to the next page in the session
        mvc.perform(member.as(post("/settings/team/invitations").with(csrf()).param("email", TestAccounts.uniqueEmail("ivy"))
                .param("role", "MEMBER"))).andExpect(status().is3xxRedirection());
        mvc.perform(member.as(get("/settings/team"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Invitation created for")));
    }

    private static long lastAccess(JdbcTemplate jdbc, SignedIn member) {
        return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
                member.email());
    }
}
