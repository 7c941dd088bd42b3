package com.creatordesk.creators.web;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.CreatorFilter;
import com.creatordesk.creators.domain.CreatorSort;
import com.creatordesk.creators.domain.PageCursor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Creators list's filters, sort and position as query parameters, so every view of the list has a URL
 * (bookmarks, Back, Export of exactly what is shown). Read leniently: a figure that is not a number or an
 * unknown platform is simply not applied. {@code email}: “yes”, “no” or blank.
 */
public record CreatorListParams(String q, String platform, String tag, String minFollowers, String maxFollowers,
        String minEngagement, String maxEngagement, String email, String country, String language,
        Boolean tracked, Boolean favourites, String sort, String after, String before) {

    static CreatorListParams search(String q) {
        return new CreatorListParams(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Creator Tracking: tracked creators only, most recently tracked first; keeps the search and position. */
    CreatorListParams tracking() {
        return new CreatorListParams(q, null, null, null, null, null, null, null, null, null, true, null,
                CreatorSort.TRACKED.name(), after, before);
    }

    CreatorFilter filter() {
        return CreatorFilter.fromListParameters(name -> switch (name) {
            case "q" -> q;
            case "platform" -> platform;
            case "tag" -> tag;
            case "minFollowers" -> minFollowers;
            case "maxFollowers" -> maxFollowers;
            case "minEngagement" -> minEngagement;
            case "maxEngagement" -> maxEngagement;
            case "email" -> email;
            case "country" -> country;
            case "language" -> language;
            case "tracked" -> String.valueOf(tracked);
            case "favourites" -> String.valueOf(favourites);
            case "sort" -> sort;
            default -> null;
        });
    }

    Optional<Platform> platformChoice() {
        return Arrays.stream(Platform.values()).filter(choice -> choice.name().equals(platform)).findFirst();
    }

    public CreatorSort sortChoice() {
        return Arrays.stream(CreatorSort.values()).filter(choice -> choice.name().equals(sort)).findFirst()
                .orElse(CreatorSort.NAME);
    }

    PageCursor cursor() {
        return PageCursor.parse(before).or(() -> PageCursor.parse(after)).orElse(null);
    }

    /** The filters and sort (not the position) as parameters, in a stable order. */
    Map<String, String> parameters() {
        CreatorFilter filter = filter();
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", filter.q());
        put(parameters, "platform", filter.platform() == null ? null : filter.platform().name());
        put(parameters, "tag", tag);
        put(parameters, "minFollowers", filter.minFollowers());
        put(parameters, "maxFollowers", filter.maxFollowers());
        put(parameters, "minEngagement", filter.minEngagement() == null ? null : filter.minEngagement().toPlainString());
        put(parameters, "maxEngagement", filter.maxEngagement() == null ? null : filter.maxEngagement().toPlainString());
        put(parameters, "email", filter.hasEmail() == null ? null : filter.hasEmail() ? "yes" : "no");
        put(parameters, "country", country);
        put(parameters, "language", language);
        put(parameters, "tracked", filter.trackedOnly() ? "true" : null);
        put(parameters, "favourites", filter.favouritesOnly() ? "true" : null);
        put(parameters, "sort", filter.sort() == CreatorSort.NAME ? null : filter.sort().name());
        return parameters;
    }

    /** The URL of this view of the list under {@code path}, at the page a cursor names (or the first). */
    String url(String path, PageCursor cursor) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        parameters().forEach(url::queryParam);
        if (cursor != null) {
            url.queryParam(cursor.before() ? "before" : "after", cursor.token());
        }
        return url.encode().build().toUriString();
    }

    boolean filtered() {
        return !filter().isEmpty();
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString().strip());
        }
    }
}
