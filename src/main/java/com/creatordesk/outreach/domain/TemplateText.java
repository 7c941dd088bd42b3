package com.creatordesk.outreach.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code {{variable}}} placeholders of a subject or body and fills them in. */
public final class TemplateText {

    /** Anything between double braces is a placeholder; {@code {{ first_name }}} with spaces works too. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)\\}\\}");

    private TemplateText() {
    }

    /** The placeholders that name no known variable, as written ({@code {{fist_name}}}), each once. */
    public static List<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (TemplateVariable.byKey(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * The text with each known variable replaced by its value. A variable without a value, and an unknown
     * placeholder, stay as written and are reported: such a text is not sent.
     */
    public static Rendering render(String text, MergeFields fields) {
        List<Rendering.Segment> segments = new ArrayList<>();
        Set<TemplateVariable> missing = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        String source = text == null ? "" : text;
        Matcher matcher = PLACEHOLDER.matcher(source);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                segments.add(Rendering.Segment.text(source.substring(at, matcher.start())));
            }
            Optional<TemplateVariable> variable = TemplateVariable.byKey(matcher.group(1));
            String value = variable.map(fields::get).orElse(null);
            if (value != null) {
                segments.add(Rendering.Segment.text(value));
            } else {
                variable.ifPresentOrElse(missing::add, () -> unknown.add(matcher.group()));
                segments.add(Rendering.Segment.unfilled(matcher.group()));
            }
            at = matcher.end();
        }
        if (at < source.length()) {
            segments.add(Rendering.Segment.text(source.substring(at)));
        }
        return new Rendering(segments, missing, unknown);
    }
}
