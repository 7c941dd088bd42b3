package com.creatordesk.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The session store's own pool skips waiting for the disk; the rest of the app's writes still wait. */
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
}
