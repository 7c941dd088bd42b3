package com.creatordesk.inbox.web;

import com.creatordesk.inbox.domain.ThreadSearch.Cursor;
import com.creatordesk.inbox.domain.ThreadSearch.Filter;
import com.creatordesk.inbox.domain.ThreadSearch.Linked;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Inbox list's query string: search, filters and the keyset cursor ({@code after=<time>_<id>} of the last
 * thread shown). Anything unreadable is ignored rather than refused.
 */
record InboxListParams(String q, Boolean attention, String linked, String campaign, String after) {

    public boolean attentionOnly() {
        return Boolean.TRUE.equals(attention);
    }

    Filter filter() {
        return new Filter(q == null ? null : q.strip(), attentionOnly(), linkedValue(), campaignId());
    }

    Cursor cursor() {
        if (after == null || !after.contains("_")) {
            return null;
        }
        try {
            String[] parts = after.split("_", 2);
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    public boolean filtered() {
        return (q != null && !q.isBlank()) || attentionOnly() || linkedValue() != Linked.ANY || campaignId() != null;
    }

    /** The link to the page after {@code next}, keeping search and filters. */
    String pageAfter(Cursor next) {
        return base().queryParam("after", next.lastMessageAt() + "_" + next.id()).build().encode().toUriString();
    }

    String firstPage() {
        return base().build().encode().toUriString();
    }

    private UriComponentsBuilder base() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/inbox");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        if (attentionOnly()) {
            uri.queryParam("attention", "true");
        }
        if (linkedValue() != Linked.ANY) {
            uri.queryParam("linked", linked);
        }
        if (campaignId() != null) {
            uri.queryParam("campaign", campaign);
        }
        return uri;
    }

    Linked linkedValue() {
        if ("linked".equals(linked)) {
            return Linked.LINKED;
        }
        return "not-linked".equals(linked) ? Linked.NOT_LINKED : Linked.ANY;
    }

    UUID campaignId() {
        try {
            return campaign == null || campaign.isBlank() ? null : UUID.fromString(campaign);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
