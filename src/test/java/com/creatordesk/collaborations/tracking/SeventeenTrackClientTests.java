package com.creatordesk.collaborations.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.collaborations.domain.ShipmentStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 17track client against a local server that speaks the API, including its errors and rate limits. */
class SeventeenTrackClientTests {

    FakeSeventeenTrack api;
    SeventeenTrackClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSeventeenTrack();
        client = api.client();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registersNumbersWithTheKeyAndReportsRejectionsAlreadyRegisteredCountsAsAccepted() {
        api.invalid.put("BAD1", "The tracking number 'BAD1' is invalid.");
        api.registered.add("OLD1");

        TrackingAnswer<Boolean> answer = client.register(List.of("NEW1", "BAD1", "OLD1"));

        assertThat(answer.accepted()).containsOnlyKeys("NEW1", "OLD1");
        assertThat(answer.rejected()).containsExactly(java.util.Map.entry("BAD1", "-18019903: The tracking number 'BAD1' is invalid."));
        assertThat(api.calls).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/track/v2.2/register");
            assertThat(call.token()).isEqualTo(FakeSeventeenTrack.KEY);
            assertThat(call.numbers()).containsExactly("NEW1", "BAD1", "OLD1");
        });
    }

    @ParameterizedTest
    @CsvSource({"NotFound,", "InfoReceived,PENDING", "InTransit,IN_TRANSIT", "AvailableForPickup,IN_TRANSIT",
            "OutForDelivery,IN_TRANSIT", "Delivered,DELIVERED", "Expired,EXCEPTION", "DeliveryFailure,EXCEPTION",
            "Exception,EXCEPTION", "SomethingNew,"})
    void mapsEachOf17tracksStatusesToOurs(String theirs, ShipmentStatus ours) {
        api.registered.add("NUM1");
        api.statuses.put("NUM1", theirs);
        api.events.put("NUM1", "Arrived at the hub");

        TrackingAnswer<TrackingAnswer.Latest> answer = client.trackInfo(List.of("NUM1"));

        assertThat(answer.accepted().get("NUM1")).isEqualTo(new TrackingAnswer.Latest(ours, "Arrived at the hub"));
        assertThat(api.calls.get(0).path()).isEqualTo("/track/v2.2/gettrackinfo");
    }

    @Test
    void aNumberThatIsNotRegisteredIsRejected() {
        TrackingAnswer<TrackingAnswer.Latest> answer = client.trackInfo(List.of("NOPE1"));
        assertThat(answer.accepted()).isEmpty();
        assertThat(answer.rejected().get("NOPE1")).startsWith("-18019902:");
    }

    @Test
    void http429IsARateLimitAndOtherFailuresAreErrors() {
        api.failWith = 429;
        assertThatThrownBy(() -> client.register(List.of("NUM1"))).isInstanceOf(TrackingServiceException.RateLimited.class);
        api.failWith = 500;
        assertThatThrownBy(() -> client.trackInfo(List.of("NUM1")))
                .isInstanceOf(TrackingServiceException.class).isNotInstanceOf(TrackingServiceException.RateLimited.class)
                .hasMessage("The tracking service answered HTTP 500.");
    }

    @Test
    void aWrongKeyIsAnErrorOfTheWholeRequest() {
        SeventeenTrackClient wrongKey = new SeventeenTrackClient(api.baseUrl(), "wrong");
        assertThatThrownBy(() -> wrongKey.register(List.of("NUM1")))
                .isInstanceOf(TrackingServiceException.class).hasMessage("The tracking service refused the request (code 401).");
    }

    @Test
    void anUnreachableServiceIsAnError() {
        api.close();
        assertThatThrownBy(() -> client.register(List.of("NUM1")))
                .isInstanceOf(TrackingServiceException.class).hasMessageStartingWith("Could not reach the tracking service");
    }

    @Test
    void atMostFortyNumbersGoInOneRequest() {
        assertThatThrownBy(() -> client.register(java.util.Collections.nCopies(41, "N")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
