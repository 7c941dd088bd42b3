package com.creatordesk.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.TestClock;
import com.creatordesk.creators.domain.CreatorPool;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The facade other modules use, in background work bound to an organization (as their listeners run). */
@IntegrationTest
class CreatorsFacadeIntegrationTests {

    @Autowired
    Creators creators;
    @Autowired
    CreatorPool pool;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    OrganizationId organization;
    OrganizationId other;
    UUID jane;
    UUID foreign;

    @BeforeEach
    void pools() throws Exception {
        SignedIn owner = TestAccounts.signUp(mvc, "Facade Co");
        SignedIn stranger = TestAccounts.signUp(mvc, "Stranger Co");
        PoolFixture fixture = new PoolFixture(pool, jdbc);
        organization = fixture.organizationOf(owner);
        other = fixture.organizationOf(stranger);
        jane = fixture.add(owner, "Jane Doe", Platform.INSTAGRAM, "janedoe", 1200L, null, "Jane@Doe.com", null, List.of());
        fixture.add(owner, "Janet Smith", Platform.TIKTOK, "janets", null, null, null, null, List.of());
        foreign = fixture.add(stranger, "Jane Foreign", Platform.INSTAGRAM, "janedoe", null, null, "jane@doe.com", null, List.of());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void findsCreatorsOfTheOrganizationOnly() {
        CreatorSummary summary = as(organization, () -> creators.find(new CreatorId(jane))).orElseThrow();
        assertThat(summary.displayName()).isEqualTo("Jane Doe");
        assertThat(summary.primaryEmail()).isEqualTo("jane@doe.com");
        assertThat(summary.handles()).containsExactly(new HandleSummary(Platform.INSTAGRAM, "janedoe",
                "http://127.0.0.1:" + FakeProfileSite.port() + "/instagram/janedoe", 1200L));
        assertThat(summary.tracked()).isFalse();
        assertThat(as(organization, () -> creators.find(new CreatorId(foreign)))).isEmpty();

        Map<CreatorId, CreatorSummary> found = as(organization, () -> creators.findAll(List.of(new CreatorId(jane),
                new CreatorId(foreign), new CreatorId(UUID.randomUUID()))));
        assertThat(found).containsOnlyKeys(new CreatorId(jane));
    }

    @Test
    void findsByEmailExactlyIgnoringCase() {
        assertThat(as(organization, () -> creators.findByEmail(" JANE@doe.COM "))).map(CreatorSummary::id)
                .contains(new CreatorId(jane));
        assertThat(as(organization, () -> creators.findByEmail("jane@doe"))).isEmpty();
        assertThat(as(other, () -> creators.findByEmail("jane@doe.com"))).map(CreatorSummary::id)
                .contains(new CreatorId(foreign));
    }

    @Test
    void searchesForPickers() {
        assertThat(as(organization, () -> creators.search("jan", 10))).extracting(CreatorSummary::displayName)
                .containsExactly("Jane Doe", "Janet Smith");
        assertThat(as(organization, () -> creators.search("jan", 1))).hasSize(1);
        assertThat(as(organization, () -> creators.search("foreign", 10))).isEmpty();
    }

    @Test
    void quickAddCreatesOrAnswersTheCreatorTheHandleOrEmailAlreadyBelongsTo() {
        CreatorSummary added = as(organization, () -> creators.quickAdd(Platform.YOUTUBE, "@NewOne", "new@one.tv"));
        assertThat(added.displayName()).isEqualTo("NewOne");
        assertThat(added.primaryEmail()).isEqualTo("new@one.tv");
        assertThat(jdbc.queryForObject("select status from creator_enrichments where creator_id = ?", String.class,
                added.id().value())).isIn("PENDING", "RUNNING", "FAILED");

        assertThat(as(organization, () -> creators.quickAdd(Platform.INSTAGRAM, "JANEDOE", null)).id())
                .isEqualTo(new CreatorId(jane));
        assertThat(as(organization, () -> creators.quickAdd(Platform.X, "someone_new", "jane@doe.com")).id())
                .isEqualTo(new CreatorId(jane));
        assertThatThrownBy(() -> as(organization, () -> creators.quickAdd(Platform.X, "not valid!", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Use only letters, digits, dots, dashes and underscores.");
        assertThat(count(organization, "someone_new")).isZero();
    }

    @Test
    void startTrackingIsIdempotent() {
        as(organization, () -> {
            creators.startTracking(new CreatorId(jane), "Replied to outreach");
            return null;
        });
        Instant since = jdbc.queryForObject("select tracked_since from creators where id = ?", java.sql.Timestamp.class, jane).toInstant();
        clock.advance(Duration.ofDays(3));
        as(organization, () -> {
            creators.startTracking(new CreatorId(jane), "Another reason");
            return null;
        });
        assertThat(jdbc.queryForMap("select tracked_since, tracking_reason from creators where id = ?", jane))
                .containsEntry("tracking_reason", "Replied to outreach");
        assertThat(jdbc.queryForObject("select tracked_since from creators where id = ?", java.sql.Timestamp.class, jane)
                .toInstant()).isEqualTo(since);
        assertThat(as(organization, () -> creators.find(new CreatorId(jane))).orElseThrow().tracked()).isTrue();

        assertThatThrownBy(() -> as(organization, () -> {
            creators.startTracking(new CreatorId(foreign), "nope");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select tracked_since from creators where id = ?", java.sql.Timestamp.class, foreign)).isNull();
    }

    private int count(OrganizationId organization, String handle) {
        return jdbc.queryForObject("select count(*) from creator_handles where organization_id = ? and handle = ?", Integer.class,
                organization.value(), handle);
    }

    private static <T> T as(OrganizationId organization, Supplier<T> work) {
        return Tenancy.callAs(organization, work);
    }
}
