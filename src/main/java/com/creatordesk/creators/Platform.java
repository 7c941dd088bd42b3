package com.creatordesk.creators;

import java.util.Locale;
import java.util.Optional;

/** The social platforms a creator can have a handle on. */
public enum Platform {
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    YOUTUBE("YouTube"),
    X("X"),
    TWITCH("Twitch"),
    FACEBOOK("Facebook"),
    PINTEREST("Pinterest"),
    SNAPCHAT("Snapchat"),
    LINKEDIN("LinkedIn"),
    OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The platform named by its label or constant, ignoring case (“tiktok”, “TikTok”, “Twitter” for X). */
    public static Optional<Platform> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("twitter")) {
            return Optional.of(X);
        }
        for (Platform platform : values()) {
            if (platform.name().toLowerCase(Locale.ROOT).equals(wanted) || platform.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
