package com.creatordesk.creators;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.TestAccounts.SignedIn;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Adds creators through the real New creator form, for tests of the Creators screens. */
final class CreatorsWebTestSupport {

    private CreatorsWebTestSupport() {
    }

    /** Adds a creator with one handle (and an email when not null); answers its id. */
    static UUID addCreator(MockMvc mvc, SignedIn member, String name, Platform platform, String handle, String email,
            String... extra) throws Exception {
        var request = post("/creators").with(csrf())
                .param("displayName", name)
                .param("handles[0].platform", platform.name())
                .param("handles[0].handle", handle)
                .param("email", email == null ? "" : email);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        MvcResult result = mvc.perform(member.as(request)).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
