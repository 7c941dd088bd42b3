package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.math.BigDecimal;

/**
 * What the Creators list is narrowed to; every part is optional (null or false) and they combine.
 * {@code hasEmail}: true = with an email, false = without, null = either.
 */
public record CreatorFilter(String q, Platform platform, String tag, Long minFollowers, Long maxFollowers,
        BigDecimal minEngagement, BigDecimal maxEngagement, Boolean hasEmail, String country, String language,
        boolean trackedOnly, boolean favouritesOnly, CreatorSort sort) {

    public CreatorFilter {
        sort = sort == null ? CreatorSort.NAME : sort;
        q = q == null ? "" : q.strip();
    }

    public static CreatorFilter none() {
        return new CreatorFilter(null, null, null, null, null, null, null, null, null, null, false, false, CreatorSort.NAME);
    }

    public static CreatorFilter search(String q) {
        return new CreatorFilter(q, null, null, null, null, null, null, null, null, null, false, false, CreatorSort.NAME);
    }

    public CreatorFilter sortedBy(CreatorSort newSort) {
        return new CreatorFilter(q, platform, tag, minFollowers, maxFollowers, minEngagement, maxEngagement, hasEmail,
                country, language, trackedOnly || newSort == CreatorSort.TRACKED, favouritesOnly, newSort);
    }

    public boolean isEmpty() {
        return q.isEmpty() && platform == null && (tag == null || tag.isBlank()) && minFollowers == null
                && maxFollowers == null && minEngagement == null && maxEngagement == null && hasEmail == null
                && (country == null || country.isBlank()) && (language == null || language.isBlank())
                && !trackedOnly && !favouritesOnly;
    }
}
