package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.queue;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static com.creatordesk.outreach.OutreachTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestClock;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutboxWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OutboxLimitsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BulkSendService bulkSends;
    @Autowired OutboxWorker worker;
    @Autowired SandboxServer sandbox;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void sendsNoFasterThanTheRateAndWaitsForTomorrowBeyondTheDailyCap() throws Exception {
        Brand brand = brand(mvc, jdbc, "Limits Co");
        mvc.perform(brand.owner().as(post("/outreach/limits").with(csrf()).param("ratePerMinute", "2").param("dailyCap", "5")))
                .andExpect(redirectedUrl("/outreach/limits"));
        UUID campaign = activeCampaign(mvc, brand.owner(), "Rate Test");
        UUID template = template(mvc, brand.owner(), "Short", "Hi {{first_name}}", "Hello {{display_name}}");
        List<String> addresses = new ArrayList<>();
        List<UUID> creators = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            addresses.add(unique("rate" + i));
            creators.add(creator(mvc, brand.owner(), "Creator " + i, "rate.creator" + i, addresses.get(i), null));
        }
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template, creators.toArray(UUID[]::new));
        assertThat(queue(bulkSends, jdbc, brand, bulk)).isEqualTo(7);

        assertThat(worker.drainNow(brand.organization())).isEqualTo(2);
        assertThat(worker.drainNow(brand.organization())).as("the minute's two are used").isZero();
        assertThat(sent(bulk)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.drainNow(brand.organization())).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.drainNow(brand.organization())).as("only one left of the daily cap of 5").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.drainNow(brand.organization())).isZero();
        assertThat(sent(bulk)).isEqualTo(5);
        String page = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Waiting for tomorrow&#39;s quota");
        MockHttpServletResponse waiting = progress(brand, bulk);
        assertThat(waiting.getContentAsString()).contains("hx-trigger=\"every 2s\"").contains("Waiting for tomorrow")
                .contains("Queued <strong>2</strong>").contains("Sent <strong>5</strong>");
        assertThat(waiting.getHeader("HX-Refresh")).isNull();

        clock.advance(Duration.ofDays(1));
        assertThat(worker.drainNow(brand.organization())).isEqualTo(2);
        assertThat(sent(bulk)).isEqualTo(7);
        MockHttpServletResponse done = progress(brand, bulk);
        assertThat(done.getContentAsString()).contains(">Done<").contains("Sent <strong>7</strong>").doesNotContain("every 2s");
        assertThat(done.getHeader("HX-Refresh")).as("the page reloads once to show every row's end").isEqualTo("true");
        for (String address : addresses) {
            assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), address)).as(address).hasSize(1);
        }
    }

    private MockHttpServletResponse progress(Brand brand, UUID bulk) throws Exception {
        return mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk + "/progress").header("HX-Request", "true")))
                .andReturn().getResponse();
    }

    private int sent(UUID bulk) {
        return jdbc.queryForObject("select count(*) from outreach_messages where bulk_send_id = ? and status = 'SENT'",
                Integer.class, bulk);
    }
}
