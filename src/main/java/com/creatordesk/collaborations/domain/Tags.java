package com.creatordesk.collaborations.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Collaboration tags, entered as one text separated by commas. A tag keeps the case it was first typed
 * in; "VIP" and "vip" are the same tag.
 */
public final class Tags {

    public static final int MAX_COUNT = 20;
    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return normalize(List.of(text.split(",")));
    }

    /** Trimmed, inner spaces collapsed, blanks dropped, duplicates (ignoring case) dropped. */
    public static List<String> normalize(Collection<String> tags) {
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty() && !containsIgnoringCase(result, clean)) {
                result.add(clean);
            }
        }
        return List.copyOf(result);
    }

    public static boolean containsIgnoringCase(Collection<String> tags, String tag) {
        return tags.stream().anyMatch(existing -> existing.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)));
    }

    public static String format(Collection<String> tags) {
        return String.join(", ", tags);
    }

    /** What is wrong with a list of tags, if anything. */
    static String problem(List<String> tags) {
        if (tags.size() > MAX_COUNT) {
            return "Use at most " + MAX_COUNT + " tags.";
        }
        return tags.stream().anyMatch(tag -> tag.length() > MAX_LENGTH)
                ? "Keep each tag under " + MAX_LENGTH + " characters." : null;
    }
}
