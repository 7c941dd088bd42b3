package com.creatordesk.collaborations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The collaboration's timeline: when the draft is due, when the content goes live, and other dated milestones. */
@Embeddable
public record Deadlines(
        @Column(name = "draft_due") LocalDate draftDue,
        @Column(name = "publish_by") LocalDate publishBy,
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "milestones") List<Milestone> milestones) {

    public static final int MAX_MILESTONES = 20;
    public static final Deadlines NONE = new Deadlines(null, null, List.of());

    public Deadlines {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    void describeInto(Map<String, String> terms) {
        terms.put("Draft due", Formats.date(draftDue));
        terms.put("Publish by", Formats.date(publishBy));
        terms.put("Milestones", milestones.isEmpty() ? Formats.NONE
                : milestones.stream().map(Milestone::describe).collect(Collectors.joining("; ")));
    }

    void problemsInto(Map<String, String> problems) {
        if (draftDue != null && publishBy != null && publishBy.isBefore(draftDue)) {
            problems.put("publishBy", "The publish date can't be before the draft is due.");
        }
        if (milestones.size() > MAX_MILESTONES) {
            problems.put("milestones", "Use at most " + MAX_MILESTONES + " milestones.");
        }
        milestones.stream().map(Milestone::problem).filter(problem -> problem != null).findFirst()
                .ifPresent(problem -> problems.put("milestones", problem));
    }
}
