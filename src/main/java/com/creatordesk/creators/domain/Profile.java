package com.creatordesk.creators.domain;

/** A creator's profile fields as a member edits them; country and language are codes (see {@link Locales}). */
public record Profile(String displayName, String country, String language, String avatarUrl, String bio) {

    public Profile {
        displayName = displayName == null ? "" : displayName.strip();
    }
}
