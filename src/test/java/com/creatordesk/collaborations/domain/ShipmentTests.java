package com.creatordesk.collaborations.domain;

import static com.creatordesk.collaborations.domain.CollaborationTests.DANA;
import static com.creatordesk.collaborations.domain.CollaborationTests.NOW;
import static com.creatordesk.collaborations.domain.CollaborationTests.in;
import static com.creatordesk.collaborations.domain.CollaborationTests.last;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.collaborations.CollaborationStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The delivery-tracking rules of a shipment, without Spring or a database. */
class ShipmentTests {

    @Test
    void aShipmentStartsPendingWithItsNumberCleanedAndIsInTheHistory() {
        Collaboration collaboration = in(CollaborationStatus.FULFILLING);

        Shipment shipment = Shipment.add(collaboration, " DHL ", "jd 0146-0000", DANA, NOW);

        assertThat(shipment.getStatus()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(shipment.label()).isEqualTo("DHL JD0146-0000");
        assertThat(last(collaboration).getKind()).isEqualTo(ActivityKind.SHIPMENT_ADDED);
        assertThat(last(collaboration).getSubject()).isEqualTo("DHL JD0146-0000");
    }

    @Test
    void aCarrierAndAReadableTrackingNumberAreRequired() {
        Collaboration collaboration = in(CollaborationStatus.FULFILLING);
        int entries = collaboration.addedActivities().size();
        assertThatThrownBy(() -> Shipment.add(collaboration, " ", "JD01460000", DANA, NOW))
                .isInstanceOf(CollaborationRuleViolation.class).hasMessageStartingWith("Enter the carrier");
        assertThatThrownBy(() -> Shipment.add(collaboration, "x".repeat(Shipment.MAX_CARRIER + 1), "JD01460000", DANA, NOW))
                .hasMessageStartingWith("Enter the carrier");
        for (String number : new String[] {"", "AB1", "JD01/46", "x".repeat(Shipment.MAX_NUMBER + 1)}) {
            assertThatThrownBy(() -> Shipment.add(collaboration, "DHL", number, DANA, NOW)).as(number)
                    .hasMessageStartingWith("Enter the tracking number");
        }
        assertThat(collaboration.addedActivities()).hasSize(entries);
    }

    @Test
    void everyDeliveryStatusMayFollowEveryOtherEachInBothHistories() {
        for (ShipmentStatus from : ShipmentStatus.values()) {
            for (ShipmentStatus to : EnumSet.complementOf(EnumSet.of(from))) {
                Collaboration collaboration = in(CollaborationStatus.FULFILLING);
                Shipment shipment = Shipment.add(collaboration, "UPS", "1Z999AA1", DANA, NOW);
                if (from != ShipmentStatus.PENDING) {
                    shipment.changeStatus(collaboration, from, null, DANA, NOW);
                }

                shipment.changeStatus(collaboration, to, " Left the depot ", Actor.SYSTEM, NOW.plusSeconds(5));

                String move = from + " → " + to;
                assertThat(shipment.getStatus()).as(move).isEqualTo(to);
                Activity entry = last(collaboration);
                assertThat(entry.getKind()).as(move).isEqualTo(ActivityKind.DELIVERY_STATUS_CHANGED);
                assertThat(entry.getSubject() + ": " + entry.getBeforeValue() + " → " + entry.getAfterValue()).as(move)
                        .isEqualTo("UPS 1Z999AA1: " + from.label() + " → " + to.label());
                assertThat(entry.getActorName()).as(move).isEqualTo("System");
            }
        }
    }

    @Test
    void theSameStatusAgainNoStatusOrAnotherCollaborationsShipmentIsRefused() {
        Collaboration collaboration = in(CollaborationStatus.FULFILLING);
        Shipment shipment = Shipment.add(collaboration, "UPS", "1Z999AA1", DANA, NOW);
        int entries = collaboration.addedActivities().size();

        assertThatThrownBy(() -> shipment.changeStatus(collaboration, ShipmentStatus.PENDING, null, DANA, NOW))
                .hasMessage("The shipment is already Pending.");
        assertThatThrownBy(() -> shipment.changeStatus(collaboration, null, null, DANA, NOW))
                .hasMessage("Choose a delivery status.");
        assertThatThrownBy(() -> shipment.changeStatus(in(CollaborationStatus.FULFILLING), ShipmentStatus.DELIVERED,
                null, DANA, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(shipment.getStatus()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(collaboration.addedActivities()).hasSize(entries);
    }
}
