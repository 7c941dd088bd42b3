package com.creatordesk.creators.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Creator Tags: trimmed, single-spaced, at most {@value #MAX_LENGTH} characters, no duplicates ignoring case. */
public final class Tags {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_PER_CREATOR = 50;

    private Tags() {
    }

    /** Splits “vip, Top Performer; beauty” into tags. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return clean(Arrays.asList(text.split("[,;\\n]")));
    }

    public static List<String> clean(List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            String cleaned = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (cleaned.length() > MAX_LENGTH) {
                cleaned = cleaned.substring(0, MAX_LENGTH).strip();
            }
            if (!cleaned.isEmpty()) {
                byKey.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
            }
        }
        List<String> result = new ArrayList<>(byKey.values());
        return result.size() > MAX_PER_CREATOR ? result.subList(0, MAX_PER_CREATOR) : result;
    }
}
