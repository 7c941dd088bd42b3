package com.creatordesk.collaborations.domain;

import static com.creatordesk.collaborations.CollaborationStatus.CANCELLED;
import static com.creatordesk.collaborations.CollaborationStatus.COMPLETED;
import static com.creatordesk.collaborations.CollaborationStatus.FULFILLING;
import static com.creatordesk.collaborations.CollaborationStatus.NEGOTIATING;
import static com.creatordesk.collaborations.CollaborationStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.EmailThreadLink;
import com.creatordesk.collaborations.events.CollaborationCreated;
import com.creatordesk.collaborations.events.CollaborationStatusChanged;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle rules of a collaboration, without Spring or a database. */
class CollaborationTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    static final Actor DANA = new Actor(UUID.randomUUID(), "Dana Whitfield");

    static Collaboration collaboration(CollaborationStatus initial) {
        return new Collaboration(new OrganizationId(UUID.randomUUID()), new CampaignId(UUID.randomUUID()), "Spring Launch",
                new CreatorId(UUID.randomUUID()), new CreatorSnapshot("Jane Doe", "@jane · TikTok", "jane doe @jane"),
                initial, DealTerms.initial(), null, DANA, NOW);
    }

    @ParameterizedTest
    @EnumSource(value = CollaborationStatus.class, names = {"PENDING", "NEGOTIATING"})
    void aNewCollaborationStartsPendingOrNegotiatingAndRecordsCreated(CollaborationStatus initial) {
        Collaboration collaboration = collaboration(initial);

        assertThat(collaboration.getStatus()).isEqualTo(initial);
        assertThat(collaboration.addedActivities()).singleElement().satisfies(created -> {
            assertThat(created.getKind()).isEqualTo(ActivityKind.CREATED);
            assertThat(created.getActorName()).isEqualTo("Dana Whitfield");
            assertThat(created.getToStatus()).isEqualTo(initial);
        });
        assertThat(collaboration.registeredEvents()).singleElement().isInstanceOfSatisfying(CollaborationCreated.class,
                event -> {
                    assertThat(event.collaboration()).isEqualTo(collaboration.collaborationId());
                    assertThat(event.status()).isEqualTo(initial);
                    assertThat(event.actorMember()).isEqualTo(new MemberId(DANA.memberId()));
                });
    }

    @ParameterizedTest
    @EnumSource(value = CollaborationStatus.class, names = {"FULFILLING", "COMPLETED", "CANCELLED"})
    void aNewCollaborationCannotStartFurtherAlong(CollaborationStatus initial) {
        assertThatThrownBy(() -> collaboration(initial))
                .isInstanceOf(CollaborationRuleViolation.class)
                .hasMessage("A new collaboration starts as Negotiating or Pending.");
    }

    /** Every pair of different statuses, 20 moves: each allowed, recorded from → to by its actor, and announced. */
    @Test
    void everyStatusMayMoveToEveryOtherAndEachMoveIsRecordedAndAnnounced() {
        int moves = 0;
        for (CollaborationStatus from : CollaborationStatus.values()) {
            for (CollaborationStatus to : EnumSet.complementOf(EnumSet.of(from))) {
                Collaboration collaboration = in(from);
                Cancellation reason = to == CANCELLED ? Cancellation.of(CancellationReason.CREATOR_UNRESPONSIVE) : null;

                collaboration.changeStatus(to, reason, DANA, NOW.plusSeconds(60));

                String move = from + " → " + to;
                assertThat(collaboration.getStatus()).as(move).isEqualTo(to);
                assertThat(collaboration.getCancellation()).as(move).isEqualTo(java.util.Optional.ofNullable(reason));
                assertThat(collaboration.getUpdatedAt()).as(move).isEqualTo(NOW.plusSeconds(60));
                Activity entry = last(collaboration);
                assertThat(entry.getKind()).as(move).isEqualTo(ActivityKind.STATUS_CHANGED);
                assertThat(entry.getFromStatus()).as(move).isEqualTo(from);
                assertThat(entry.getToStatus()).as(move).isEqualTo(to);
                assertThat(entry.getReason()).as(move).isEqualTo(reason == null ? null : reason.reason());
                assertThat(entry.getActorName()).as(move).isEqualTo("Dana Whitfield");
                assertThat(entry.getOccurredAt()).as(move).isEqualTo(NOW.plusSeconds(60));
                assertThat(collaboration.registeredEvents()).last().as(move).isInstanceOfSatisfying(CollaborationStatusChanged.class,
                        event -> {
                            assertThat(event.from()).isEqualTo(from);
                            assertThat(event.to()).isEqualTo(to);
                            assertThat(event.reason()).isEqualTo(reason == null ? null : reason.reason());
                            assertThat(event.actorMember()).isEqualTo(new MemberId(DANA.memberId()));
                        });
                moves++;
            }
        }
        assertThat(moves).isEqualTo(20);
    }

    @Test
    void aMoveNeedsATargetStatus() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        assertThatThrownBy(() -> collaboration.changeStatus(null, null, DANA, NOW))
                .isInstanceOf(CollaborationRuleViolation.class).hasMessage("Choose a status.");
        assertThat(collaboration.getStatus()).isEqualTo(NEGOTIATING);
        assertThat(collaboration.addedActivities()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(CancellationReason.class)
    void everyListedReasonCancelsAndOtherCarriesItsText(CancellationReason reason) {
        Collaboration collaboration = collaboration(NEGOTIATING);
        Cancellation cancellation = new Cancellation(reason, reason == CancellationReason.OTHER ? "Brand merger" : null);

        collaboration.changeStatus(CANCELLED, cancellation, DANA, NOW);

        assertThat(collaboration.getCancellation()).contains(cancellation);
        assertThat(last(collaboration).getReasonText()).isEqualTo(reason == CancellationReason.OTHER ? "Brand merger" : reason.label());
    }

    @Test
    void cancellingACancelledCollaborationAgainIsRefusedAndKeepsTheFirstReason() {
        Collaboration collaboration = in(CANCELLED);
        assertThatThrownBy(() -> collaboration.changeStatus(CANCELLED, Cancellation.of(CancellationReason.CREATOR_DECLINED), DANA, NOW))
                .hasMessage("Already Cancelled.");
        assertThat(collaboration.getCancellation()).contains(Cancellation.of(CancellationReason.BUDGET_CUT));
    }

    @Test
    void skippingAheadIsAllowedAndRecordedFromAndTo() {
        Collaboration collaboration = collaboration(PENDING);

        collaboration.changeStatus(FULFILLING, null, DANA, NOW);

        Activity changed = last(collaboration);
        assertThat(changed.getKind()).isEqualTo(ActivityKind.STATUS_CHANGED);
        assertThat(changed.getFromStatus()).isEqualTo(PENDING);
        assertThat(changed.getToStatus()).isEqualTo(FULFILLING);
        assertThat(changed.getReason()).isNull();
        assertThat(collaboration.registeredEvents()).last().isInstanceOfSatisfying(CollaborationStatusChanged.class, event -> {
            assertThat(event.from()).isEqualTo(PENDING);
            assertThat(event.to()).isEqualTo(FULFILLING);
            assertThat(event.reason()).isNull();
            assertThat(event.actor()).isEqualTo("Dana Whitfield");
        });
    }

    @Test
    void revertingACompletedCollaborationIsAllowed() {
        Collaboration collaboration = in(COMPLETED);
        collaboration.changeStatus(FULFILLING, null, DANA, NOW);
        assertThat(collaboration.getStatus()).isEqualTo(FULFILLING);
    }

    @ParameterizedTest
    @EnumSource(CollaborationStatus.class)
    void movingToTheStatusItAlreadyHasIsRefused(CollaborationStatus status) {
        Collaboration collaboration = in(status);
        int entries = collaboration.addedActivities().size();

        assertThatThrownBy(() -> collaboration.changeStatus(status, Cancellation.of(CancellationReason.BUDGET_CUT), DANA, NOW))
                .isInstanceOf(CollaborationRuleViolation.class)
                .hasMessage("Already " + status.label() + ".");
        assertThat(collaboration.addedActivities()).hasSize(entries);
    }

    @ParameterizedTest
    @EnumSource(value = CollaborationStatus.class, names = "CANCELLED", mode = EnumSource.Mode.EXCLUDE)
    void cancellingFromAnyStatusNeedsAReason(CollaborationStatus from) {
        Collaboration collaboration = in(from);

        assertThatThrownBy(() -> collaboration.changeStatus(CANCELLED, null, DANA, NOW))
                .isInstanceOf(CollaborationRuleViolation.class)
                .hasMessage("Choose why the collaboration is cancelled.");
        assertThat(collaboration.getStatus()).isEqualTo(from);

        collaboration.changeStatus(CANCELLED, Cancellation.of(CancellationReason.CREATOR_DECLINED), DANA, NOW);
        assertThat(collaboration.getStatus()).isEqualTo(CANCELLED);
        assertThat(collaboration.getCancellation()).contains(Cancellation.of(CancellationReason.CREATOR_DECLINED));
        assertThat(last(collaboration).getReason()).isEqualTo(CancellationReason.CREATOR_DECLINED);
        assertThat(collaboration.registeredEvents()).last().isInstanceOfSatisfying(CollaborationStatusChanged.class,
                event -> assertThat(event.reason()).isEqualTo(CancellationReason.CREATOR_DECLINED));
    }

    @Test
    void theReasonOtherNeedsItsOwnText() {
        assertThatThrownBy(() -> new Cancellation(CancellationReason.OTHER, "  "))
                .isInstanceOf(CollaborationRuleViolation.class)
                .hasMessage("Describe the reason for cancelling.");
        assertThatThrownBy(() -> new Cancellation(null, null))
                .hasMessage("Choose why the collaboration is cancelled.");
        assertThatThrownBy(() -> new Cancellation(CancellationReason.OTHER, "x".repeat(501)))
                .hasMessage("Use at most 500 characters.");

        Collaboration collaboration = collaboration(NEGOTIATING);
        collaboration.changeStatus(CANCELLED, new Cancellation(CancellationReason.OTHER, " Brand merger "), DANA, NOW);
        assertThat(last(collaboration).getReasonText()).isEqualTo("Brand merger");
        assertThat(collaboration.getCancellation().orElseThrow().describe()).isEqualTo("Brand merger");
    }

    @ParameterizedTest
    @EnumSource(value = CollaborationStatus.class, names = "CANCELLED", mode = EnumSource.Mode.EXCLUDE)
    void restoringACancelledCollaborationToAnyStatusClearsTheCancellationButKeepsItInTheHistory(CollaborationStatus to) {
        Collaboration collaboration = collaboration(NEGOTIATING);
        collaboration.changeStatus(CANCELLED, Cancellation.of(CancellationReason.BUDGET_CUT), DANA, NOW);

        collaboration.changeStatus(to, null, DANA, NOW);

        assertThat(collaboration.getStatus()).isEqualTo(to);
        assertThat(collaboration.getCancellation()).isEmpty();
        List<Activity> history = collaboration.addedActivities();
        assertThat(history).extracting(Activity::getKind)
                .containsExactly(ActivityKind.CREATED, ActivityKind.STATUS_CHANGED, ActivityKind.STATUS_CHANGED);
        assertThat(history.get(1).getReason()).isEqualTo(CancellationReason.BUDGET_CUT);
        assertThat(history.get(2).getFromStatus()).isEqualTo(CANCELLED);
        assertThat(history.get(2).getReason()).isNull();
    }

    @Test
    void aReasonGivenForAMoveThatIsNotACancellationIsIgnored() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        collaboration.changeStatus(FULFILLING, Cancellation.of(CancellationReason.BUDGET_CUT), DANA, NOW);
        assertThat(collaboration.getCancellation()).isEmpty();
        assertThat(last(collaboration).getReason()).isNull();
    }

    @Test
    void aCampaignCancellationCancelsOpenCollaborationsOnlyAsTheSystem() {
        for (CollaborationStatus status : CollaborationStatus.values()) {
            Collaboration collaboration = in(status);
            boolean cancelled = collaboration.cancelWithCampaign(NOW);
            assertThat(cancelled).as(status.name()).isEqualTo(status.isOpen());
            if (status.isOpen()) {
                assertThat(collaboration.getStatus()).isEqualTo(CANCELLED);
                assertThat(collaboration.getCancellation()).contains(Cancellation.of(CancellationReason.CAMPAIGN_CANCELLED));
                assertThat(last(collaboration).getActorName()).isEqualTo("System");
                assertThat(last(collaboration).getActorMemberId()).isNull();
            } else {
                assertThat(collaboration.getStatus()).isEqualTo(status);
            }
        }
    }

    @Test
    void anEmailThreadIsLinkedOnceAndTheLinkIsInTheHistory() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        EmailThreadLink thread = new EmailThreadLink(UUID.randomUUID(), "Re: Spring Trail Launch");

        assertThat(collaboration.linkEmailThread(thread, Actor.process("Inbox sync"), NOW)).isTrue();
        assertThat(collaboration.linkEmailThread(new EmailThreadLink(UUID.randomUUID(), "Other"), DANA, NOW)).isFalse();

        assertThat(collaboration.getEmailThread()).contains(thread);
        assertThat(last(collaboration).getSubject()).isEqualTo("Email thread");
        assertThat(last(collaboration).getAfterValue()).isEqualTo("Re: Spring Trail Launch");
        assertThat(last(collaboration).getActorName()).isEqualTo("Inbox sync");
        assertThat(last(collaboration).getEmailMessageId()).as("linked by hand: no message to point to").isNull();
    }

    @Test
    void aThreadLinkedByAReplyPointsItsHistoryEntryToThatReply() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        EmailThreadLink thread = new EmailThreadLink(UUID.randomUUID(), "Re: Spring Trail Launch");
        UUID reply = UUID.randomUUID();

        assertThat(collaboration.linkEmailThread(thread, reply, Actor.process("Inbox sync"), NOW)).isTrue();

        assertThat(last(collaboration).getEmailThreadId()).isEqualTo(thread.threadId());
        assertThat(last(collaboration).getEmailMessageId()).isEqualTo(reply);
    }

    @Test
    void notesMustHaveText() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        assertThatThrownBy(() -> collaboration.addNote("  ", DANA, NOW)).hasMessage("Write the note first.");
        collaboration.addNote(" Sent the brief. ", DANA, NOW);
        assertThat(last(collaboration).getKind()).isEqualTo(ActivityKind.NOTE_ADDED);
        assertThat(last(collaboration).getBody()).isEqualTo("Sent the brief.");
    }

    @Test
    void notesHaveAMaximumLength() {
        Collaboration collaboration = collaboration(NEGOTIATING);
        assertThatThrownBy(() -> collaboration.addNote("x".repeat(Collaboration.MAX_NOTE + 1), DANA, NOW))
                .hasMessage("Keep notes under 4000 characters.");
        assertThat(collaboration.addedActivities()).hasSize(1);
    }

    static Collaboration in(CollaborationStatus status) {
        Collaboration collaboration = collaboration(NEGOTIATING);
        if (status != NEGOTIATING) {
            collaboration.changeStatus(status, Cancellation.of(CancellationReason.BUDGET_CUT), DANA, NOW);
        }
        return collaboration;
    }

    static Activity last(Collaboration collaboration) {
        List<Activity> activities = collaboration.addedActivities();
        return activities.get(activities.size() - 1);
    }
}
