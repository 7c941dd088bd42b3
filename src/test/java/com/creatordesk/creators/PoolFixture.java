package com.creatordesk.creators;

import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.creators.domain.Creator;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.creators.domain.HandleDetails;
import com.creatordesk.creators.domain.NewCreator;
import com.creatordesk.creators.domain.Profile;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills an organization's Creator Pool directly through the domain, for tests that need many creators. */
record PoolFixture(CreatorPool pool, JdbcTemplate jdbc) {

    OrganizationId organizationOf(SignedIn member) {
        return new OrganizationId(jdbc.queryForObject("select organization_id from members where email = ?", UUID.class,
                member.email()));
    }

    UUID add(SignedIn member, String name, Platform platform, String handle, Long followers, String engagement,
            String email, String country, List<String> tags) {
        NewCreator draft = new NewCreator(new Profile(name, country, null, null, null),
                List.of(new HandleDetails(platform, handle, null, followers, engagement == null ? null : new BigDecimal(engagement))),
                email == null ? List.of() : List.of(email), tags, null);
        Creator creator = Tenancy.callAs(organizationOf(member), () -> pool.create(draft));
        return creator.getId();
    }

    UUID add(SignedIn member, String name, Platform platform, String handle) {
        return add(member, name, platform, handle, null, null, null, null, List.of());
    }
}
