package com.creatordesk.outreach.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subject or body with its variables filled in for one recipient. Segments let a preview mark the
 * placeholders that could not be filled; {@link #text()} is what would be sent.
 */
public record Rendering(List<Segment> segments, Set<TemplateVariable> missing, Set<String> unknown) {

    public Rendering {
        segments = List.copyOf(segments);
        missing = Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
    }

    /** Literal or filled-in text, or a placeholder left unfilled ({@code unfilled} true). */
    public record Segment(String text, boolean unfilled) {

        static Segment text(String text) {
            return new Segment(text, false);
        }

        static Segment unfilled(String placeholder) {
            return new Segment(placeholder, true);
        }
    }

    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** Every placeholder was filled: the text can be sent. */
    public boolean complete() {
        return missing.isEmpty() && unknown.isEmpty();
    }
}
