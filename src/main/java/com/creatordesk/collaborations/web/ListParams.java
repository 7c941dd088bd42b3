package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.domain.CollaborationListQuery;
import com.creatordesk.shared.PageRequestParams;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The collaboration list's filters, order and position, as they appear in its URL; every link of the list
 * (pages, sort, export, count) is built from them so that it keeps the others.
 */
public record ListParams(String q, String status, UUID creator, UUID campaign, String tag, String sort, UUID after,
        UUID before, Integer size) {

    public CollaborationStatus statusFilter() {
        return Arrays.stream(CollaborationStatus.values()).filter(option -> option.name().equals(status)).findFirst().orElse(null);
    }

    public CollaborationSortOption sortOption() {
        return CollaborationSortOption.of(sort);
    }

    /** The same list, of one campaign (a campaign's tab). */
    ListParams withCampaign(UUID fixed) {
        return new ListParams(q, status, creator, fixed, tag, sort, after, before, size);
    }

    CollaborationListQuery query() {
        CollaborationSortOption option = sortOption();
        return new CollaborationListQuery(q, statusFilter(), creator, campaign, tag, option.order(), option.descending(),
                after, before, PageRequestParams.size(size));
    }

    /** The filters and order (not the position), as query parameters. */
    public Map<String, String> filters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", q == null || q.isBlank() ? null : q.strip());
        put(parameters, "status", statusFilter() == null ? null : statusFilter().name());
        put(parameters, "creator", creator);
        put(parameters, "campaign", campaign);
        put(parameters, "tag", tag == null || tag.isBlank() ? null : tag.strip());
        put(parameters, "sort", sortOption() == CollaborationSortOption.NEWEST ? null : sortOption().value());
        put(parameters, "size", size == null || PageRequestParams.size(size) == PageRequestParams.DEFAULT_SIZE ? null : PageRequestParams.size(size));
        return parameters;
    }

    String url(String path) {
        return links().url(path);
    }

    String url(String path, String cursorName, UUID cursor) {
        return links().url(path, cursorName, cursor);
    }

    /** The list's links, with the filters and order encoded once for all of them. */
    Links links() {
        // Values go in as URI variables so that they are strictly encoded ("+" in a search stays a plus).
        Map<String, String> values = filters();
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        values.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        String query = builder.encode().buildAndExpand(values).getQuery();
        return new Links(query == null ? "" : query);
    }

    /** Links to the list at a path (the page, a campaign's tab, its count or export), keeping its filters and order. */
    record Links(String query) {

        String url(String path) {
            return query.isEmpty() ? path : path + "?" + query;
        }

        /** The same at a position: {@code after} or {@code before} a row (a UUID, which needs no encoding). */
        String url(String path, String cursorName, UUID cursor) {
            return cursor == null ? url(path) : url(path) + (query.isEmpty() ? "?" : "&") + cursorName + "=" + cursor;
        }
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
