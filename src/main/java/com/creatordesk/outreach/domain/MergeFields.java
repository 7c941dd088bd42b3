package com.creatordesk.outreach.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The values a template's variables take for one recipient; a blank or absent value is missing. The first
 * name is the first word of the display name, unless that name is only a handle; the handle is the
 * creator's first one, with an {@code @}.
 */
public record MergeFields(Map<TemplateVariable, String> values) {

    public MergeFields {
        Map<TemplateVariable, String> present = new EnumMap<>(TemplateVariable.class);
        values.forEach((variable, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(variable, value.strip());
            }
        });
        values = Map.copyOf(present);
    }

    public static MergeFields of(RecipientProfile recipient, String campaignName, String senderName) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        if (recipient != null) {
            values.put(TemplateVariable.DISPLAY_NAME, recipient.displayName());
            values.put(TemplateVariable.FIRST_NAME, recipient.nameKnown() ? firstWord(recipient.displayName()) : null);
            values.put(TemplateVariable.HANDLE, recipient.handle() == null || recipient.handle().isBlank() ? null
                    : recipient.handle().startsWith("@") ? recipient.handle() : "@" + recipient.handle());
        }
        values.put(TemplateVariable.CAMPAIGN_NAME, campaignName);
        values.put(TemplateVariable.SENDER_NAME, senderName);
        return new MergeFields(values);
    }

    public String get(TemplateVariable variable) {
        return values.get(variable);
    }

    private static String firstWord(String name) {
        return name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
    }
}
