package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;

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

    /**
     * The filter the Creators list's query parameters name ({@code q}, {@code platform}, {@code tag},
     * {@code minFollowers}, {@code email=yes|no}, {@code tracked=true}, {@code sort}, ...), read leniently: a
     * figure that is not a number or an unknown platform is simply not applied.
     */
    public static CreatorFilter fromListParameters(Function<String, String> parameter) {
        String email = parameter.apply("email");
        Boolean hasEmail = "yes".equals(email) ? Boolean.TRUE : "no".equals(email) ? Boolean.FALSE : null;
        return new CreatorFilter(parameter.apply("q"), named(Platform.values(), parameter.apply("platform")),
                parameter.apply("tag"), whole(parameter.apply("minFollowers")), whole(parameter.apply("maxFollowers")),
                decimal(parameter.apply("minEngagement")), decimal(parameter.apply("maxEngagement")), hasEmail,
                parameter.apply("country"), parameter.apply("language"), "true".equals(parameter.apply("tracked")),
                "true".equals(parameter.apply("favourites")), named(CreatorSort.values(), parameter.apply("sort")));
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }

    private static Long whole(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
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
