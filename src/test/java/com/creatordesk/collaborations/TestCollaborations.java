package com.creatordesk.collaborations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Campaigns, creators and collaborations made through the real forms, for MockMvc tests of this module. */
public final class TestCollaborations {

    private TestCollaborations() {
    }

    /** An Active campaign (only those are offered for a new collaboration). */
    public static UUID campaign(MockMvc mvc, SignedIn member, String name) throws Exception {
        return idFrom(mvc.perform(member.as(post("/campaigns").with(csrf()).param("name", name).param("status", "ACTIVE")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    public static UUID creator(MockMvc mvc, SignedIn member, String name, String platform, String handle) throws Exception {
        return idFrom(mvc.perform(member.as(post("/creators").with(csrf()).param("displayName", name)
                        .param("handles[0].platform", platform).param("handles[0].handle", handle)
                        .param("email", handle.replace("@", "") + "@example.com")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** A POST of the New Collaboration form with campaign, creator and further field/value pairs. */
    public static MockHttpServletRequestBuilder form(UUID campaign, UUID creator, String... fieldsAndValues) {
        MockHttpServletRequestBuilder request = post("/collaborations").with(csrf())
                .param("campaign", campaign.toString()).param("creator", creator.toString());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request;
    }

    public static UUID create(MockMvc mvc, SignedIn member, UUID campaign, UUID creator, String... fieldsAndValues) throws Exception {
        return idFrom(mvc.perform(member.as(form(campaign, creator, fieldsAndValues)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    /** A campaign, a creator and their collaboration in one go, for tests that need "a collaboration". */
    public static UUID collaboration(MockMvc mvc, SignedIn member, String creatorName, String... fieldsAndValues) throws Exception {
        UUID campaign = campaign(mvc, member, "Campaign for " + creatorName + " " + UUID.randomUUID().toString().substring(0, 6));
        String handle = "@" + creatorName.toLowerCase().replaceAll("[^a-z]", "") + UUID.randomUUID().toString().substring(0, 6);
        return create(mvc, member, campaign, creator(mvc, member, creatorName, "TIKTOK", handle), fieldsAndValues);
    }

    public static OrganizationId organizationOf(JdbcTemplate jdbc, SignedIn member) {
        return new OrganizationId(jdbc.queryForObject("select organization_id from members where email = ?", UUID.class,
                member.email()));
    }

    public static String statusOf(JdbcTemplate jdbc, UUID collaboration) {
        return jdbc.queryForObject("select status from collaborations where id = ?", String.class, collaboration);
    }

    public static int activities(JdbcTemplate jdbc, UUID collaboration) {
        return jdbc.queryForObject("select count(*) from collaboration_activities where collaboration_id = ?", Integer.class, collaboration);
    }

    private static UUID idFrom(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
