package com.creatordesk.collaborations.domain;

import com.creatordesk.collaborations.CollaborationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch operations on selected collaborations: change their status, add or remove a tag. Each changed
 * collaboration gets its own history entry through its own rules; the others are reported as skipped,
 * with the reason, never silently dropped.
 */
@Service
public class BatchChanges {

    public static final int MAX_SELECTION = 1000;
    static final String NOT_FOUND = "not found (deleted, or not in your organization)";

    private final BrandCollaborations collaborations;
    private final Clock clock;

    BatchChanges(BrandCollaborations collaborations, Clock clock) {
        this.collaborations = collaborations;
        this.clock = clock;
    }

    @Transactional
    public BatchResult changeStatus(Collection<UUID> ids, CollaborationStatus to, Cancellation cancellation, Actor actor) {
        Instant now = clock.instant();
        return apply(ids, collaboration -> {
            if (collaboration.getStatus() == to) {
                return "already " + to.label();
            }
            collaboration.changeStatus(to, cancellation, actor, now);
            return null;
        });
    }

    @Transactional
    public BatchResult addTag(Collection<UUID> ids, String tag, Actor actor) {
        String clean = requireTag(tag);
        Instant now = clock.instant();
        return apply(ids, collaboration -> {
            DealTerms terms = collaboration.getTerms();
            if (Tags.containsIgnoringCase(terms.tags(), clean)) {
                return "already tagged " + clean;
            }
            List<String> tags = new ArrayList<>(terms.tags());
            tags.add(clean);
            collaboration.changeTerms(terms.withTags(tags), actor, now);
            return null;
        });
    }

    @Transactional
    public BatchResult removeTag(Collection<UUID> ids, String tag, Actor actor) {
        String clean = requireTag(tag);
        Instant now = clock.instant();
        return apply(ids, collaboration -> {
            DealTerms terms = collaboration.getTerms();
            List<String> tags = terms.tags().stream().filter(existing -> !existing.equalsIgnoreCase(clean)).toList();
            if (tags.size() == terms.tags().size()) {
                return "not tagged " + clean;
            }
            collaboration.changeTerms(terms.withTags(tags), actor, now);
            return null;
        });
    }

    /** Runs {@code change} on each selected collaboration; it answers why it skipped one, or null when it applied. */
    private BatchResult apply(Collection<UUID> ids, Function<Collaboration, String> change) {
        Set<UUID> selected = new LinkedHashSet<>(ids);
        if (selected.isEmpty()) {
            throw new CollaborationRuleViolation("ids", "Select at least one collaboration.");
        }
        if (selected.size() > MAX_SELECTION) {
            throw new CollaborationRuleViolation("ids", "Select at most " + MAX_SELECTION + " collaborations at once.");
        }
        Map<UUID, Collaboration> found = new java.util.HashMap<>();
        collaborations.findAllById(selected).forEach(collaboration -> found.put(collaboration.getId(), collaboration));
        List<BatchResult.Skipped> skipped = new ArrayList<>();
        List<Collaboration> changed = new ArrayList<>();
        for (UUID id : selected) {
            Collaboration collaboration = found.get(id);
            if (collaboration == null) {
                skipped.add(new BatchResult.Skipped(id, null, NOT_FOUND));
                continue;
            }
            String reason;
            try {
                reason = change.apply(collaboration);
            } catch (CollaborationRuleViolation refused) {
                // The aggregate checks before it changes anything: this one is skipped, the others still apply.
                reason = refused.getMessage();
            }
            if (reason != null) {
                skipped.add(new BatchResult.Skipped(id, collaboration.getCreator().name(), reason));
                continue;
            }
            changed.add(collaboration);
        }
        collaborations.saveAll(changed);
        return new BatchResult(changed.size(), skipped);
    }

    private static String requireTag(String tag) {
        List<String> parsed = Tags.normalize(List.of(tag == null ? "" : tag));
        if (parsed.isEmpty()) {
            throw new CollaborationRuleViolation("tag", "Enter a tag.");
        }
        if (parsed.get(0).length() > Tags.MAX_LENGTH) {
            throw new CollaborationRuleViolation("tag", "Keep each tag under " + Tags.MAX_LENGTH + " characters.");
        }
        return parsed.get(0);
    }
}
