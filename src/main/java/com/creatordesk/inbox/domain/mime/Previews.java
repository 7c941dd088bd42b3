package com.creatordesk.inbox.domain.mime;

import java.util.regex.Pattern;

/** The first words of what someone wrote, without the quoted email they answered. */
public final class Previews {

    public static final int LENGTH = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)^(on .{0,200}wrote:|-----\\s*original message\\s*-----|from: .*)$");

    private Previews() {
    }

    public static String of(String text) {
        StringBuilder kept = new StringBuilder();
        int start = 0;
        // line by line only as far as the preview reaches: a long body is never split or scanned whole
        while (start < text.length() && kept.length() <= LENGTH) {
            int end = lineEnd(text, start);
            String stripped = text.substring(start, end).strip();
            start = next(text, end);
            if (mayBeAttribution(stripped) && ATTRIBUTION.matcher(stripped).matches()) {
                break;
            }
            if (!stripped.startsWith(">") && !stripped.isEmpty()) {
                kept.append(stripped).append(' ');
            }
        }
        String preview = WHITESPACE.matcher(kept).replaceAll(" ").strip();
        return Text.clip(preview, LENGTH);
    }

    /** The attribution pattern can only match lines that start like one; the rest skip the regex. */
    private static boolean mayBeAttribution(String line) {
        return line.regionMatches(true, 0, "on ", 0, 3) || line.startsWith("-") || line.regionMatches(true, 0, "from:", 0, 5);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                return i;
            }
        }
        return text.length();
    }

    /** Past the line break at {@code end} (CR LF counts as one). */
    private static int next(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
}
