package com.creatordesk.outreach.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a member enters for a template: its name and its email, with variables. */
public record TemplateDetails(String name, EmailContent content) {

    public static final int MAX_NAME = 120;

    public TemplateDetails {
        name = name == null ? "" : name.strip();
    }

    /** Every rule broken, as field name to message; empty when the template can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "Enter a name for the template.");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "Use at most " + MAX_NAME + " characters.");
        }
        problems.putAll(content.problems());
        return problems;
    }

    void requireValid() {
        problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new OutreachRuleViolation(problem.getKey(), problem.getValue());
        });
    }
}
