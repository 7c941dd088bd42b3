package com.creatordesk.outreach.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The variables a template or draft may use, written {@code {{first_name}}}. */
public enum TemplateVariable {
    FIRST_NAME("first_name", "the creator has no name yet, only a handle"),
    DISPLAY_NAME("display_name", "the creator has no display name"),
    HANDLE("handle", "the creator has no handle"),
    CAMPAIGN_NAME("campaign_name", "no campaign is chosen"),
    SENDER_NAME("sender_name", "the sender has no name");

    private final String key;
    private final String whenMissing;

    TemplateVariable(String key, String whenMissing) {
        this.key = key;
        this.whenMissing = whenMissing;
    }

    public String key() {
        return key;
    }

    /** As it is written in a template: {@code {{first_name}}}. */
    public String token() {
        return "{{" + key + "}}";
    }

    /** Why the variable has no value, for messages such as "Missing {{handle}}: the creator has no handle." */
    public String whenMissing() {
        return whenMissing;
    }

    public static Optional<TemplateVariable> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(variable -> variable.key.equals(wanted)).findFirst();
    }

    /** Every variable as written, comma-separated, for messages that name the choices. */
    public static String allTokens() {
        return Arrays.stream(values()).map(TemplateVariable::token).collect(Collectors.joining(", "));
    }
}
