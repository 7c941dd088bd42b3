package com.creatordesk.collaborations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Campaigns in other statuses than Active, through the campaigns module's own forms. */
final class TestCollaborationsCampaigns {

    private TestCollaborationsCampaigns() {
    }

    static UUID draft(MockMvc mvc, SignedIn member, String name) throws Exception {
        String location = mvc.perform(member.as(post("/campaigns").with(csrf()).param("name", name).param("status", "DRAFT")))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static void cancel(MockMvc mvc, SignedIn member, UUID campaign) throws Exception {
        mvc.perform(member.as(post("/campaigns/" + campaign + "/cancel").with(csrf())));
    }
}
