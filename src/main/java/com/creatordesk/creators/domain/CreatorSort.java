package com.creatordesk.creators.domain;

/** The orders of the Creators list; each has an index to page through (see V4__creators.sql). */
public enum CreatorSort {
    NAME("Name", "lower(c.display_name)", true),
    FOLLOWERS("Followers", "coalesce(c.followers, -1)", false),
    ENGAGEMENT("Engagement", "coalesce(c.engagement_rate, -1)", false),
    RECENT("Recently added", "c.created_at", false),
    /** Creator Tracking: most recently tracked first (only tracked creators). */
    TRACKED("Recently tracked", "c.tracked_since", false);

    private final String label;
    private final String key;
    private final boolean ascending;

    CreatorSort(String label, String key, boolean ascending) {
        this.label = label;
        this.key = key;
        this.ascending = ascending;
    }

    public String label() {
        return label;
    }

    String key() {
        return key;
    }

    boolean ascending() {
        return ascending;
    }
}
