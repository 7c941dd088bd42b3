package com.creatordesk.collaborations.tracking;

import static com.creatordesk.collaborations.TestCollaborations.collaboration;
import static com.creatordesk.collaborations.TestCollaborations.organizationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.creatordesk.IntegrationTest;
import com.creatordesk.TestAccounts;
import com.creatordesk.TestAccounts.SignedIn;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Tenancy;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Delivery statuses from 17track: numbers are registered, their status refreshed and a change lands in the
 * collaboration's history as the System; a rejected number or a failed request is shown on its shipment; a
 * rate limit stops the round and the next one carries on. The job runs each organization bound to it.
 */
@IntegrationTest
class TrackingUpdatesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrackingUpdates updates;

    FakeSeventeenTrack api;
    SignedIn owner;
    OrganizationId organization;
    UUID collaboration;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeSeventeenTrack();
        owner = TestAccounts.signUp(mvc, "Tracking Brand");
        organization = organizationOf(jdbc, owner);
        collaboration = collaboration(mvc, owner, "Sam Shipper");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    UUID ship(SignedIn member, UUID collaboration, String number) throws Exception {
        mvc.perform(member.as(post("/collaborations/" + collaboration + "/shipments").with(csrf())
                .param("carrier", "DHL").param("trackingNumber", number)));
        return jdbc.queryForObject("select id from collaboration_shipments where collaboration_id = ? and tracking_number = ?",
                UUID.class, collaboration, number);
    }

    Map<String, Object> shipment(UUID id) {
        return jdbc.queryForMap("select status, tracking_registered, tracking_error from collaboration_shipments where id = ?", id);
    }

    void refresh() {
        Tenancy.runAs(organization, () -> updates.refresh(api.client()));
    }

    @Test
    void registersRefreshesAndWritesAChangeToTheHistoryAsTheSystem() throws Exception {
        UUID parcel = ship(owner, collaboration, "JD0001");
        UUID wrong = ship(owner, collaboration, "WRONG1");
        api.invalid.put("WRONG1", "The tracking number 'WRONG1' is invalid.");
        api.statuses.put("JD0001", "InTransit");
        api.events.put("JD0001", "Departed the hub in Leipzig");

        refresh();

        assertThat(shipment(parcel)).containsEntry("status", "IN_TRANSIT").containsEntry("tracking_registered", true)
                .containsEntry("tracking_error", null);
        assertThat(shipment(wrong)).containsEntry("status", "PENDING").containsEntry("tracking_registered", false)
                .containsEntry("tracking_error", "17track: -18019903: The tracking number 'WRONG1' is invalid.");
        assertThat(jdbc.queryForList("select actor_name || ': ' || subject || ' ' || before_value || ' → ' || after_value "
                + "from collaboration_activities where collaboration_id = ? and kind = 'DELIVERY_STATUS_CHANGED'", String.class, collaboration))
                .containsExactly("System: DHL JD0001 Pending → In Transit");
        assertThat(jdbc.queryForObject("select description from collaboration_shipment_events where shipment_id = ? and status = 'IN_TRANSIT'",
                String.class, parcel)).isEqualTo("Departed the hub in Leipzig");

        api.statuses.put("JD0001", "Delivered");
        refresh();
        assertThat(shipment(parcel)).containsEntry("status", "DELIVERED");
        int calls = api.calls.size();
        api.invalid.clear();
        refresh();
        assertThat(api.calls.subList(calls, api.calls.size())).allSatisfy(call -> assertThat(call.numbers()).doesNotContain("JD0001"));
        assertThat(shipment(wrong)).containsEntry("tracking_registered", true).containsEntry("tracking_error", null);
    }

    @Test
    void aRateLimitStopsTheRoundChangingNothingAndTheNextRoundCarriesOn() throws Exception {
        UUID parcel = ship(owner, collaboration, "RL0001");
        api.statuses.put("RL0001", "OutForDelivery");
        api.failWith = 429;

        assertThatThrownBy(this::refresh).isInstanceOf(TrackingServiceException.RateLimited.class);
        assertThat(shipment(parcel)).containsEntry("status", "PENDING").containsEntry("tracking_registered", false)
                .containsEntry("tracking_error", null);

        api.failWith = 0;
        refresh();
        assertThat(shipment(parcel)).containsEntry("status", "IN_TRANSIT");
    }

    @Test
    void aFailedRequestIsShownOnEachShipmentInItAndManualUpdatesStillWork() throws Exception {
        UUID parcel = ship(owner, collaboration, "ER0001");
        api.failWith = 500;

        refresh();

        assertThat(shipment(parcel)).containsEntry("tracking_error", "The tracking service answered HTTP 500.");
        mvc.perform(owner.as(get("/collaborations/" + collaboration)))
                .andExpect(content().string(containsString("Tracking: The tracking service answered HTTP 500.")));
        mvc.perform(owner.as(post("/collaborations/" + collaboration + "/shipments/" + parcel + "/status").with(csrf())
                .param("status", "DELIVERED")));
        assertThat(shipment(parcel)).containsEntry("status", "DELIVERED");
    }

    @Test
    void theJobRefreshesEveryOrganizationBoundToItsOwnData() throws Exception {
        UUID ours = ship(owner, collaboration, "ORG0001");
        SignedIn other = TestAccounts.signUp(mvc, "Other Tracking Brand");
        UUID theirCollaboration = collaboration(mvc, other, "Tess Other");
        UUID theirs = ship(other, theirCollaboration, "ORG0002");
        api.statuses.put("ORG0001", "Delivered");
        api.statuses.put("ORG0002", "Exception");

        new TrackingJob(new SeventeenTrackProperties(FakeSeventeenTrack.KEY, api.baseUrl(), Duration.ofMinutes(15)), updates, jdbc)
                .refreshAll();

        assertThat(shipment(ours)).containsEntry("status", "DELIVERED");
        assertThat(shipment(theirs)).containsEntry("status", "EXCEPTION");
        mvc.perform(other.as(get("/collaborations/" + theirCollaboration)))
                .andExpect(content().string(allOf(containsString("DHL ORG0002: Pending → Exception"))));
        assertThat(api.calls).allSatisfy(call -> assertThat(call.token()).isEqualTo(FakeSeventeenTrack.KEY));
    }

    @Test
    void whileAnotherInstanceRunsARoundThisOneSkipsItsTurn() throws Exception {
        UUID ours = ship(owner, collaboration, "BUSY0001");
        api.statuses.put("BUSY0001", "Delivered");
        TrackingJob job = new TrackingJob(new SeventeenTrackProperties(FakeSeventeenTrack.KEY, api.baseUrl(),
                Duration.ofMinutes(15)), updates, jdbc);
        jdbc.execute((ConnectionCallback<Void>) otherInstance -> {
            try (Statement statement = otherInstance.createStatement()) {
                statement.executeQuery(TrackingJob.ROUND_LOCK).close();
                try {
                    job.refreshAll();
                    assertThat(api.calls).isEmpty();
                    assertThat(shipment(ours)).containsEntry("status", "PENDING");
                } finally {
                    statement.execute(TrackingJob.ROUND_UNLOCK);
                }
            }
            return null;
        });
        job.refreshAll();
        assertThat(shipment(ours)).containsEntry("status", "DELIVERED");
    }

    @Test
    void withoutAnApiKeyTheJobSendsNothing() throws Exception {
        ship(owner, collaboration, "NOKEY01");
        new TrackingJob(new SeventeenTrackProperties("", api.baseUrl(), null), updates, jdbc).refreshAll();
        assertThat(api.calls).isEmpty();
    }
}
