package com.creatordesk.campaigns;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Creates campaigns through the real New Campaign form, for MockMvc tests. */
final class TestCampaigns {

    private TestCampaigns() {
    }

    /** A POST of the campaign form with a name and any further field/value pairs. */
    static MockHttpServletRequestBuilder form(String url, String name, String... fieldsAndValues) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).param("name", name);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request;
    }

    /** Creates a campaign and returns its id. */
    static UUID create(MockMvc mvc, SignedIn member, String name, String... fieldsAndValues) throws Exception {
        String location = mvc.perform(member.as(form("/campaigns", name, fieldsAndValues)))
                .andExpect(redirectedUrlPattern("/campaigns/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/campaigns/".length()));
    }

    static OrganizationId organizationOf(JdbcTemplate jdbc, SignedIn member) {
        return new OrganizationId(jdbc.queryForObject("select organization_id from members where email = ?",
                UUID.class, member.email()));
    }

    static String column(JdbcTemplate jdbc, String column, UUID campaign) {
        return jdbc.queryForObject("select " + column + "::text from campaigns where id = ?", String.class, campaign);
    }
}
