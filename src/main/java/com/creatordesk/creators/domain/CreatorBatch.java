package com.creatordesk.creators.domain;

import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch actions on the creators selected in the list. All or nothing: when one id is not a creator of the
 * organization (another organization's, or gone), nothing changes and the batch answers 404.
 */
@Service
@Transactional
public class CreatorBatch {

    public static final int MAX_SELECTION = 500;

    private final CreatorProfiles creators;
    private final Favourites favourites;
    private final Clock clock;

    CreatorBatch(CreatorProfiles creators, Favourites favourites, Clock clock) {
        this.creators = creators;
        this.favourites = favourites;
        this.clock = clock;
    }

    /** Answers how many creators did not have the tag yet. */
    public int addTag(List<UUID> ids, String tag) {
        String cleaned = requireTag(tag);
        return (int) selected(ids).stream().filter(creator -> creator.addTag(cleaned, clock.instant())).count();
    }

    /** Answers how many creators had the tag. */
    public int removeTag(List<UUID> ids, String tag) {
        String cleaned = requireTag(tag);
        return (int) selected(ids).stream().filter(creator -> creator.removeTag(cleaned, clock.instant())).count();
    }

    public int addToFavourites(UUID organization, UUID member, List<UUID> ids) {
        List<Creator> found = selected(ids);
        return favourites.add(organization, member, found.stream().map(Creator::getId).toList());
    }

    private List<Creator> selected(List<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>(ids == null ? List.of() : ids);
        if (wanted.isEmpty()) {
            throw new CreatorRuleViolation("Select at least one creator.");
        }
        if (wanted.size() > MAX_SELECTION) {
            throw new CreatorRuleViolation("Select at most " + MAX_SELECTION + " creators at a time.");
        }
        List<Creator> found = StreamSupport.stream(creators.findAllById(wanted).spliterator(), false).toList();
        if (found.size() != wanted.size()) {
            throw new NotFoundException("Creator");
        }
        return found;
    }

    private static String requireTag(String tag) {
        List<String> cleaned = Tags.clean(List.of(tag == null ? "" : tag));
        if (cleaned.isEmpty()) {
            throw new CreatorRuleViolation("batchTag", "Enter a tag.");
        }
        return cleaned.get(0);
    }
}
