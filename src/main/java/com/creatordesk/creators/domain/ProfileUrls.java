package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The public profile link of a handle, from a template per platform (configurable, see {@link EnrichmentSettings}). */
@Component
public class ProfileUrls {

    static final Map<Platform, String> PUBLIC_SITES = new EnumMap<>(Map.of(
            Platform.INSTAGRAM, "https://www.instagram.com/{handle}/",
            Platform.TIKTOK, "https://www.tiktok.com/@{handle}",
            Platform.YOUTUBE, "https://www.youtube.com/@{handle}",
            Platform.X, "https://x.com/{handle}",
            Platform.TWITCH, "https://www.twitch.tv/{handle}",
            Platform.FACEBOOK, "https://www.facebook.com/{handle}",
            Platform.PINTEREST, "https://www.pinterest.com/{handle}/",
            Platform.SNAPCHAT, "https://www.snapchat.com/add/{handle}",
            Platform.LINKEDIN, "https://www.linkedin.com/in/{handle}"));

    private final Map<Platform, String> templates = new EnumMap<>(Platform.class);

    ProfileUrls(EnrichmentSettings settings) {
        templates.putAll(PUBLIC_SITES);
        templates.putAll(settings.profileUrls());
    }

    /** Empty for {@link Platform#OTHER}: there is no site to build a link to. */
    public Optional<String> of(Platform platform, String handle) {
        String template = templates.get(platform);
        if (template == null || handle == null || handle.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(template.replace("{handle}", URLEncoder.encode(handle, StandardCharsets.UTF_8)));
    }
}
