package com.creatordesk.outreach.domain;

import java.util.List;
import java.util.UUID;

/**
 * Who a bulk send goes to, as the member chose: selected creators, everyone with a tag, the Creator Pool's
 * current filter (the Creators list's query string, e.g. {@code platform=TIKTOK&tag=vip}), or pasted handles.
 */
public record Audience(Source source, List<UUID> creatorIds, String tag, String listQuery, String handles) {

    public enum Source { SELECTED, TAG, FILTER, HANDLES }

    public static final int MAX_RECIPIENTS = 5_000;

    public Audience {
        creatorIds = creatorIds == null ? List.of() : List.copyOf(creatorIds);
        tag = tag == null ? "" : tag.strip();
        listQuery = listQuery == null ? "" : listQuery.strip();
        handles = handles == null ? "" : handles.strip();
    }

    public static Audience selected(List<UUID> creatorIds) {
        return new Audience(Source.SELECTED, creatorIds, null, null, null);
    }

    public static Audience tagged(String tag) {
        return new Audience(Source.TAG, null, tag, null, null);
    }

    public static Audience filtered(String listQuery) {
        return new Audience(Source.FILTER, null, null, listQuery, null);
    }

    public static Audience handles(String handles) {
        return new Audience(Source.HANDLES, null, null, null, handles);
    }

    /** The pasted handles, one per line or separated by commas or spaces. */
    public List<String> handleList() {
        return handles.isEmpty() ? List.of() : List.of(handles.split("[\\s,;]+")).stream()
                .filter(handle -> !handle.isBlank()).distinct().toList();
    }
}
