package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorRow;
import com.creatordesk.creators.domain.Locales;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One row of the Creators and Creator Tracking lists, ready to show. */
public record CreatorListItem(UUID id, String name, String initial, String avatarUrl, String email, List<HandleView> handles,
        String followers, String engagement, String country, List<String> tags, String trackedSince,
        String trackingReason, boolean favourite) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static CreatorListItem of(CreatorRow row) {
        return new CreatorListItem(row.id(), row.displayName(), initial(row.displayName()), row.avatarUrl(),
                row.primaryEmail(), row.handles().stream().map(HandleView::of).toList(), Figures.followers(row.followers()),
                Figures.engagement(row.engagementRate()), row.country() == null ? "" : Locales.countryName(row.country()),
                row.tags(), row.trackedSince() == null ? null : DAY.format(row.trackedSince()), row.trackingReason(),
                row.favourite());
    }

    /** The member's favourite star on this creator. */
    public FavouriteStar star() {
        return new FavouriteStar(id, name, favourite);
    }

    /** The row's checkbox label. */
    public String selectLabel() {
        return "Select " + name;
    }

    public boolean tracked() {
        return trackedSince != null;
    }

    static String initial(String name) {
        return name == null || name.isBlank() ? "?" : name.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
