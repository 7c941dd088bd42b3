package com.creatordesk.collaborations.domain;

import com.creatordesk.creators.CreatorSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the collaboration list needs to know about the creator, copied from the creators facade when the
 * collaboration is created and whenever the creator is renamed or their handles change ({@link CreatorRenames}),
 * so the list can search and sort one table (the creators' tables are theirs). Never written by an update of the
 * aggregate: one loaded before a rename committed would write the old copy back over the new one.
 */
@Embeddable
public record CreatorSnapshot(
        @Column(name = "creator_name", updatable = false) String name,
        @Column(name = "creator_handle", updatable = false) String handle,
        @Column(name = "creator_search", updatable = false) String search) {

    static final int MAX_NAME = 120;
    static final int MAX_HANDLE = 140;

    public static CreatorSnapshot of(CreatorSummary creator) {
        String name = cut(creator.displayName(), MAX_NAME);
        String handle = creator.handles().stream().findFirst()
                .map(first -> cut(at(first.handle()) + " · " + first.platform().label(), MAX_HANDLE)).orElse(null);
        String search = Stream.concat(Stream.of(creator.displayName()), creator.handles().stream().map(h -> at(h.handle())))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new CreatorSnapshot(name, handle, search);
    }

    /** Handles are kept without the @; the list shows (and finds) them with it. */
    private static String at(String handle) {
        return handle.startsWith("@") ? handle : "@" + handle;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
