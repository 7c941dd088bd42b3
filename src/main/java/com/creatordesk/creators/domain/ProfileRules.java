package com.creatordesk.creators.domain;

import java.math.BigDecimal;
import java.net.URI;

/** The rules a creator's profile and handle figures keep, wherever they are entered (forms, import). */
public final class ProfileRules {

    public static final int MAX_BIO = 2000;
    public static final int MAX_URL = 1000;

    private ProfileRules() {
    }

    /** Checks a profile; a blank display name passes only when {@code nameOptional}. Returns it with codes resolved. */
    public static Profile check(Profile profile, boolean nameOptional) {
        if (profile.displayName().isEmpty() && !nameOptional) {
            throw new CreatorRuleViolation("displayName", "Enter the creator's name.");
        }
        if (profile.displayName().length() > Creator.MAX_NAME) {
            throw new CreatorRuleViolation("displayName", "Use at most " + Creator.MAX_NAME + " characters.");
        }
        String country = Locales.countryCode(profile.country())
                .orElseThrow(() -> new CreatorRuleViolation("country", "Choose a country from the list."));
        String language = Locales.languageCode(profile.language())
                .orElseThrow(() -> new CreatorRuleViolation("language", "Choose a language from the list."));
        checkUrl("avatarUrl", profile.avatarUrl());
        if (profile.bio() != null && profile.bio().strip().length() > MAX_BIO) {
            throw new CreatorRuleViolation("bio", "Use at most " + MAX_BIO + " characters.");
        }
        return new Profile(profile.displayName(), country, language, Creator.blankToNull(profile.avatarUrl()), profile.bio());
    }

    public static void checkUrl(String field, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        String text = url.strip();
        if (text.length() > MAX_URL || !(text.startsWith("https://") || text.startsWith("http://"))) {
            throw new CreatorRuleViolation(field, "Enter a web address starting with https://.");
        }
        try {
            URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new CreatorRuleViolation(field, "Enter a valid web address.");
        }
    }

    /** Checks the figures of a handle entered by hand or imported. */
    public static void checkFigures(String field, HandleDetails handle) {
        if (handle.followers() != null && handle.followers() < 0) {
            throw new CreatorRuleViolation(field + "followers", "Followers can't be negative.");
        }
        BigDecimal rate = handle.engagementRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new CreatorRuleViolation(field + "engagementRate", "Enter an engagement rate between 0 and 100 %.");
        }
        checkUrl(field + "profileUrl", handle.profileUrl());
    }
}
