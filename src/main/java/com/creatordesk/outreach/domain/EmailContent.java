package com.creatordesk.outreach.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subject and body that may hold variables: a template's, a draft's or a bulk send's. The rules for
 * the text live in {@link #problems}, keyed by field.
 */
public record EmailContent(String subject, String body) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    public EmailContent {
        subject = subject == null ? "" : subject.strip().replaceAll("[\\r\\n]+", " ");
        body = body == null ? "" : body.replace("\r\n", "\n").stripTrailing();
    }

    /** Every rule broken, as field name to message; empty when the email can be sent. */
    public Map<String, String> problems() {
        return problems(true);
    }

    /** As {@link #problems()}, but an empty subject or body is fine when not {@code complete} (an unfinished draft). */
    public Map<String, String> problems(boolean complete) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "subject", subject, MAX_SUBJECT, complete ? "Enter a subject." : null);
        check(problems, "body", body, MAX_BODY, complete ? "Write the email." : null);
        return problems;
    }

    private static void check(Map<String, String> problems, String field, String text, int max, String whenEmpty) {
        List<String> unknown = TemplateText.unknownPlaceholders(text);
        if (text.isBlank()) {
            if (whenEmpty != null) {
                problems.put(field, whenEmpty);
            }
        } else if (text.length() > max) {
            problems.put(field, "Use at most " + max + " characters.");
        } else if (!unknown.isEmpty()) {
            problems.put(field, (unknown.size() == 1 ? "Unknown variable " : "Unknown variables ")
                    + String.join(", ", unknown) + ". Use " + TemplateVariable.allTokens() + ".");
        }
    }

    public PersonalisedEmail personalise(MergeFields fields) {
        return new PersonalisedEmail(TemplateText.render(subject, fields), TemplateText.render(body, fields));
    }

    /** The email for one recipient. */
    public record PersonalisedEmail(Rendering subject, Rendering body) {

        public Set<TemplateVariable> missing() {
            Set<TemplateVariable> missing = new LinkedHashSet<>(subject.missing());
            missing.addAll(body.missing());
            return missing;
        }

        public boolean complete() {
            return subject.complete() && body.complete();
        }

        /** Why it can't be sent, in words for the preflight table; null when it can. */
        public String problem() {
            if (!missing().isEmpty()) {
                return missing().stream().map(variable -> "Missing " + variable.token() + ": " + variable.whenMissing() + ".")
                        .collect(Collectors.joining(" "));
            }
            Set<String> unknown = new LinkedHashSet<>(subject.unknown());
            unknown.addAll(body.unknown());
            return unknown.isEmpty() ? null : "Unknown variable " + String.join(", ", unknown) + ".";
        }
    }
}
