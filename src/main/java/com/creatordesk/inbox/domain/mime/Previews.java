package com.creatordesk.inbox.domain.mime;

import java.util.regex.Pattern;

/** The first words of what someone wrote, without the quoted email they answered. */
public final class Previews {

    public static final int LENGTH = 200;
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)^(on .{0,200}wrote:|-----\\s*original message\\s*-----|from: .*)$");

    private Previews() {
    }

    public static String of(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (ATTRIBUTION.matcher(stripped).matches()) {
                break;
            }
            if (!stripped.startsWith(">") && !stripped.isEmpty()) {
                kept.append(stripped).append(' ');
            }
            if (kept.length() > LENGTH) {
                break;
            }
        }
        String preview = kept.toString().replaceAll("\\s+", " ").strip();
        return Text.clip(preview, LENGTH);
    }
}
