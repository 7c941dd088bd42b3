package com.creatordesk.campaigns.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attribution keywords and hashtags, entered as one text separated by commas or spaces. Social platforms
 * match hashtags regardless of case, so they are kept in lower case; #summer and summer stay distinct
 * (a hashtag versus a word in a caption).
 */
public final class AttributionKeywords {

    public static final int MAX_COUNT = 30;
    public static final int MAX_LENGTH = 60;

    private AttributionKeywords() {
    }

    /** Splits, trims, lower-cases and de-duplicates, keeping the order they were typed in. */
    public static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            String keyword = part.strip().toLowerCase(Locale.ROOT).replaceFirst("^#+", "#");
            if (!keyword.isEmpty() && !keyword.equals("#")) {
                keywords.add(keyword);
            }
        }
        return List.copyOf(keywords);
    }

    /** The text a form shows for keywords already saved. */
    public static String format(Collection<String> keywords) {
        return String.join(", ", keywords);
    }

    /** What is wrong with a list of keywords, if anything. */
    static String problem(List<String> keywords) {
        if (keywords.size() > MAX_COUNT) {
            return "Use at most " + MAX_COUNT + " keywords.";
        }
        return keywords.stream().filter(keyword -> keyword.length() > MAX_LENGTH).findFirst()
                .map(keyword -> "Keep each keyword under " + MAX_LENGTH + " characters.")
                .orElse(null);
    }
}
