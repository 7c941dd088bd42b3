package com.creatordesk.collaborations.tracking;

import com.creatordesk.collaborations.domain.Actor;
import com.creatordesk.collaborations.domain.BrandCollaborations;
import com.creatordesk.collaborations.domain.Collaboration;
import com.creatordesk.collaborations.domain.Shipment;
import com.creatordesk.collaborations.domain.Shipments;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organization's tracking round: registers its undelivered shipments' numbers with the tracking service,
 * reads their latest status, and applies what changed as the System. The service is called outside any
 * transaction (no database connection waits on the network); the answers are applied in one transaction
 * afterwards. Call it with the organization bound ({@code Tenancy.runAs}).
 */
@Service
class TrackingUpdates {

    static final int ROUND_SIZE = 400;

    private final Shipments shipments;
    private final BrandCollaborations collaborations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrackingUpdates(Shipments shipments, BrandCollaborations collaborations, PlatformTransactionManager transactions,
            Clock clock) {
        this.shipments = shipments;
        this.collaborations = collaborations;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record Work(UUID shipment, String number, boolean registered) {
    }

    /** What the service said about one shipment in this round. */
    private static final class Outcome {
        boolean registered;
        TrackingAnswer.Latest latest;
        String error;
    }

    /** @throws TrackingServiceException.RateLimited after applying what was learnt before the service said stop */
    void refresh(SeventeenTrackClient client) {
        List<Work> work = transactions.execute(status -> shipments.undelivered(Limit.of(ROUND_SIZE)).stream()
                .map(shipment -> new Work(shipment.getId(), shipment.getTrackingNumber(), shipment.isTrackingRegistered()))
                .toList());
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        work.forEach(item -> outcomes.put(item.shipment(), new Outcome()));
        try {
            ask(work.stream().filter(item -> !item.registered()).toList(), outcomes, client::register,
                    (outcome, accepted) -> outcome.registered = true);
            ask(work.stream().filter(item -> item.registered() || outcomes.get(item.shipment()).registered).toList(),
                    outcomes, client::trackInfo, (outcome, latest) -> outcome.latest = latest);
        } finally {
            transactions.executeWithoutResult(status -> apply(outcomes));
        }
    }

    /** Asks about the numbers in batches; a failed batch's error is noted on each of its shipments. */
    private static <T> void ask(List<Work> work, Map<UUID, Outcome> outcomes, Function<List<String>, TrackingAnswer<T>> call,
            BiConsumer<Outcome, T> accept) {
        Map<String, List<Work>> byNumber = work.stream().collect(Collectors.groupingBy(Work::number, LinkedHashMap::new, Collectors.toList()));
        List<String> numbers = new ArrayList<>(byNumber.keySet());
        for (int from = 0; from < numbers.size(); from += SeventeenTrackClient.MAX_NUMBERS) {
            List<String> batch = numbers.subList(from, Math.min(numbers.size(), from + SeventeenTrackClient.MAX_NUMBERS));
            try {
                TrackingAnswer<T> answer = call.apply(batch);
                answer.accepted().forEach((number, value) -> byNumber.getOrDefault(number, List.of())
                        .forEach(item -> accept.accept(outcomes.get(item.shipment()), value)));
                answer.rejected().forEach((number, error) -> byNumber.getOrDefault(number, List.of())
                        .forEach(item -> outcomes.get(item.shipment()).error = "17track: " + error));
            } catch (TrackingServiceException.RateLimited stop) {
                throw stop;
            } catch (TrackingServiceException failed) {
                batch.forEach(number -> byNumber.get(number).forEach(item -> outcomes.get(item.shipment()).error = failed.getMessage()));
            }
        }
    }

    private void apply(Map<UUID, Outcome> outcomes) {
        Instant now = clock.instant();
        Map<UUID, Shipment> loaded = new HashMap<>();
        shipments.findAllById(outcomes.keySet()).forEach(shipment -> loaded.put(shipment.getId(), shipment));
        Map<UUID, Collaboration> owners = new HashMap<>();
        collaborations.findAllById(loaded.values().stream().map(Shipment::getCollaborationId).collect(Collectors.toSet()))
                .forEach(collaboration -> owners.put(collaboration.getId(), collaboration));
        outcomes.forEach((id, outcome) -> {
            Shipment shipment = loaded.get(id);
            if (shipment == null) {
                return;
            }
            if (outcome.registered) {
                shipment.trackingRegistered(now);
            }
            if (outcome.error != null) {
                shipment.trackingFailed(outcome.error, now);
            } else if (outcome.latest != null) {
                shipment.trackingChecked(now);
                if (outcome.latest.status() != null && outcome.latest.status() != shipment.getStatus()) {
                    shipment.changeStatus(owners.get(shipment.getCollaborationId()), outcome.latest.status(),
                            outcome.latest.description(), Actor.SYSTEM, now);
                }
            }
        });
        shipments.saveAll(loaded.values());
        collaborations.saveAll(owners.values());
    }
}
