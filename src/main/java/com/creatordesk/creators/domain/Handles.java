package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How handles are written down: without a leading @, and a pasted profile link is reduced to its handle,
 * so “@Jane”, “jane” and “https://instagram.com/jane/” are the same Instagram handle.
 */
public final class Handles {

    public static final int MAX_LENGTH = 100;
    private static final Pattern PLATFORM_HANDLE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern OTHER_HANDLE = Pattern.compile("[^\\s/]+");
    /** Path prefixes that come before the handle in profile links (linkedin.com/in/x, snapchat.com/add/x). */
    private static final Set<String> PREFIXES = Set.of("in", "add", "c", "user", "channel");

    private Handles() {
    }

    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        String handle = input.strip();
        if (handle.startsWith("http://") || handle.startsWith("https://")) {
            handle = fromLink(handle);
        }
        while (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        return handle.strip();
    }

    /** Why a normalized handle is refused on a platform, if it is. */
    public static Optional<String> problem(Platform platform, String handle) {
        if (handle == null || handle.isEmpty()) {
            return Optional.of("Enter the handle.");
        }
        if (handle.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        Pattern allowed = platform == Platform.OTHER ? OTHER_HANDLE : PLATFORM_HANDLE;
        if (!allowed.matcher(handle).matches()) {
            return Optional.of(platform == Platform.OTHER
                    ? "A handle can't contain spaces or slashes."
                    : "Use only letters, digits, dots, dashes and underscores.");
        }
        return Optional.empty();
    }

    private static String fromLink(String link) {
        try {
            String path = URI.create(link).getPath();
            List<String> segments = path == null ? List.of()
                    : List.of(path.split("/")).stream().filter(segment -> !segment.isBlank()).toList();
            if (segments.isEmpty()) {
                return link;
            }
            boolean prefixed = segments.size() > 1 && PREFIXES.contains(segments.get(0));
            return prefixed ? segments.get(1) : segments.get(0);
        } catch (IllegalArgumentException notALink) {
            return link;
        }
    }
}
