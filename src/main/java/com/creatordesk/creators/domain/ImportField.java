package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a CSV column is imported as: a profile field, a handle on one platform, or nothing. */
public enum ImportField {
    IGNORE("Don't import", null),
    NAME("Name", null),
    EMAIL("Email", null),
    PLATFORM("Platform", null),
    HANDLE("Handle (with Platform)", null),
    FOLLOWERS("Followers", null),
    ENGAGEMENT("Engagement rate", null),
    PROFILE_URL("Profile link", null),
    COUNTRY("Country", null),
    LANGUAGE("Language", null),
    TAGS("Tags", null),
    NOTES("Notes", null),
    BIO("Bio", null),
    AVATAR_URL("Avatar link", null),
    INSTAGRAM("Instagram handle", Platform.INSTAGRAM),
    TIKTOK("TikTok handle", Platform.TIKTOK),
    YOUTUBE("YouTube handle", Platform.YOUTUBE),
    X("X handle", Platform.X),
    TWITCH("Twitch handle", Platform.TWITCH),
    FACEBOOK("Facebook handle", Platform.FACEBOOK),
    PINTEREST("Pinterest handle", Platform.PINTEREST),
    SNAPCHAT("Snapchat handle", Platform.SNAPCHAT),
    LINKEDIN("LinkedIn handle", Platform.LINKEDIN),
    OTHER("Other handle", Platform.OTHER);

    /** Header words (lower case, letters and digits only) and the field they most likely are. */
    private static final Map<String, ImportField> SYNONYMS = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("displayname", NAME), Map.entry("creator", NAME),
            Map.entry("creatorname", NAME), Map.entry("fullname", NAME), Map.entry("influencer", NAME),
            Map.entry("email", EMAIL), Map.entry("emails", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("mail", EMAIL),
            Map.entry("primaryemail", EMAIL), Map.entry("platform", PLATFORM), Map.entry("network", PLATFORM),
            Map.entry("handle", HANDLE), Map.entry("username", HANDLE), Map.entry("account", HANDLE),
            Map.entry("followers", FOLLOWERS), Map.entry("followercount", FOLLOWERS), Map.entry("subscribers", FOLLOWERS),
            Map.entry("audience", FOLLOWERS), Map.entry("engagement", ENGAGEMENT), Map.entry("engagementrate", ENGAGEMENT),
            Map.entry("er", ENGAGEMENT), Map.entry("profileurl", PROFILE_URL), Map.entry("profilelink", PROFILE_URL),
            Map.entry("url", PROFILE_URL), Map.entry("link", PROFILE_URL), Map.entry("country", COUNTRY),
            Map.entry("language", LANGUAGE), Map.entry("lang", LANGUAGE), Map.entry("tags", TAGS), Map.entry("tag", TAGS),
            Map.entry("labels", TAGS), Map.entry("notes", NOTES), Map.entry("note", NOTES), Map.entry("comments", NOTES),
            Map.entry("bio", BIO), Map.entry("about", BIO), Map.entry("description", BIO), Map.entry("avatar", AVATAR_URL),
            Map.entry("avatarurl", AVATAR_URL), Map.entry("avatarlink", AVATAR_URL), Map.entry("photo", AVATAR_URL),
            Map.entry("ig", INSTAGRAM), Map.entry("twitter", X), Map.entry("tt", TIKTOK));

    private final String label;
    private final Platform platform;

    ImportField(String label, Platform platform) {
        this.label = label;
        this.platform = platform;
    }

    public String label() {
        return label;
    }

    /** The platform of a handle column, if this is one. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    /** The field a column header most likely means ("E-mail" is Email, "Instagram handle" an Instagram handle). */
    public static ImportField guess(String header) {
        String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String withoutSuffix = key.replaceAll("(handle|username|account)$", "");
        for (ImportField field : values()) {
            if (field.platform != null && (key.equals(field.name().toLowerCase(Locale.ROOT))
                    || withoutSuffix.equals(field.name().toLowerCase(Locale.ROOT)))) {
                return field;
            }
        }
        return SYNONYMS.getOrDefault(key, SYNONYMS.getOrDefault(withoutSuffix, IGNORE));
    }

    public static Optional<ImportField> parse(String name) {
        return Arrays.stream(values()).filter(field -> field.name().equals(name)).findFirst();
    }
}
