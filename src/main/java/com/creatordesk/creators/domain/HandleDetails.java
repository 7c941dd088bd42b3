package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.math.BigDecimal;

/** What is entered for a handle; {@code handle} is already normalized (see {@link Handles}). */
public record HandleDetails(Platform platform, String handle, String profileUrl, Long followers, BigDecimal engagementRate) {

    public static HandleDetails of(Platform platform, String handle) {
        return new HandleDetails(platform, Handles.normalize(handle), null, null, null);
    }

    public HandleDetails withProfileUrl(String url) {
        return new HandleDetails(platform, handle, url, followers, engagementRate);
    }
}
