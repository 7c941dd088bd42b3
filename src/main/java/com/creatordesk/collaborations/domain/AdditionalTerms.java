package com.creatordesk.collaborations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;

/** Other conditions of the deal: exclusivity, usage rights, revision policy and anything else, as free text. */
@Embeddable
public record AdditionalTerms(
        @Column(name = "exclusivity") String exclusivity,
        @Column(name = "usage_rights") String usageRights,
        @Column(name = "revision_policy") String revisionPolicy,
        @Column(name = "other_terms") String otherTerms) {

    public static final AdditionalTerms NONE = new AdditionalTerms(null, null, null, null);
    static final int MAX_SHORT = 1000;
    static final int MAX_OTHER = 4000;

    public AdditionalTerms {
        exclusivity = clean(exclusivity);
        usageRights = clean(usageRights);
        revisionPolicy = clean(revisionPolicy);
        otherTerms = clean(otherTerms);
    }

    void describeInto(Map<String, String> terms) {
        terms.put("Exclusivity", Formats.text(exclusivity));
        terms.put("Usage rights", Formats.text(usageRights));
        terms.put("Revision policy", Formats.text(revisionPolicy));
        terms.put("Additional terms", Formats.text(otherTerms));
    }

    void problemsInto(Map<String, String> problems) {
        tooLong(problems, "exclusivity", exclusivity, MAX_SHORT);
        tooLong(problems, "usageRights", usageRights, MAX_SHORT);
        tooLong(problems, "revisionPolicy", revisionPolicy, MAX_SHORT);
        tooLong(problems, "otherTerms", otherTerms, MAX_OTHER);
    }

    private static void tooLong(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.put(field, "Use at most " + max + " characters.");
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
