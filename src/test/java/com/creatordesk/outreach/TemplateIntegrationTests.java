package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TemplateIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anUnknownVariableIsRefusedAtSaveNextToItsFieldKeepingWhatWasTyped() throws Exception {
        Brand brand = brand(mvc, jdbc, "Template Co");

        String page = mvc.perform(brand.owner().as(post("/outreach/templates").with(csrf()).param("name", "Intro")
                        .param("subject", "Hi {{first_name}}").param("body", "Dear {{fist_name}}, welcome")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Unknown variable {{fist_name}}. Use {{first_name}}").contains("Dear {{fist_name}}, welcome")
                .contains("value=\"Intro\"");
        assertThat(templates(brand)).isZero();
    }

    @Test
    void aTemplateIsCreatedEditedAndItsNameIsUniqueIgnoringCase() throws Exception {
        Brand brand = brand(mvc, jdbc, "Names Co");
        UUID intro = template(mvc, brand.owner(), "Intro", "Hi {{first_name}}", "Hello {{display_name}}");
        template(mvc, brand.owner(), "Follow-up", "Re: {{campaign_name}}", "Bump");

        mvc.perform(brand.owner().as(post("/outreach/templates/" + intro).with(csrf()).param("name", "follow-UP")
                        .param("subject", "Hi").param("body", "Hello")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(brand.owner().as(post("/outreach/templates/" + intro).with(csrf()).param("name", "Intro v2")
                        .param("subject", "Hey {{first_name}}").param("body", "Hello again")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select name || '|' || subject from outreach_templates where id = ?", String.class, intro))
                .isEqualTo("Intro v2|Hey {{first_name}}");
        String list = mvc.perform(brand.owner().as(get("/outreach/templates"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Intro v2").contains("Follow-up").contains("2 templates");
    }

    @Test
    void thePreviewFillsInTheChosenCreatorAndMarksWhatTheyLack() throws Exception {
        Brand brand = brand(mvc, jdbc, "Preview Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Glow Up");
        UUID maya = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", "maya@creator.test", null);
        UUID handleOnly = creator(mvc, brand.owner(), "trail.tom", "trail.tom", "tom@creator.test", null);

        String filled = preview(brand, maya, campaign);
        String flagged = preview(brand, handleOnly, campaign);

        assertThat(filled).contains("Hi Maya").contains("@maya.runs for Glow Up").doesNotContain("unfilled");
        assertThat(flagged).contains("<mark class=\"unfilled\" title=\"No value for this creator\">{{first_name}}</mark>")
                .contains("Missing {{first_name}}: the creator has no name yet, only a handle.")
                .contains("@trail.tom for Glow Up");
    }

    private String preview(Brand brand, UUID creator, UUID campaign) throws Exception {
        return mvc.perform(brand.owner().as(post("/outreach/preview").with(csrf()).param("subject", "Hi {{first_name}}")
                        .param("body", "Love {{handle}} for {{campaign_name}}").param("creatorId", creator.toString())
                        .param("campaignId", campaign.toString())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int templates(Brand brand) {
        return jdbc.queryForObject("select count(*) from outreach_templates where organization_id = ?", Integer.class,
                brand.organization().value());
    }
}
