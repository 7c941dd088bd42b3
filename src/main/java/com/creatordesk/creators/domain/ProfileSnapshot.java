package com.creatordesk.creators.domain;

/** What a public profile page told us; each part is null when the page did not say. */
public record ProfileSnapshot(String displayName, String avatarUrl, String bio, Long followers) {

    public boolean isEmpty() {
        return displayName == null && avatarUrl == null && bio == null && followers == null;
    }
}
