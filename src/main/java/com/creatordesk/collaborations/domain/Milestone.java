package com.creatordesk.collaborations.domain;

import java.time.LocalDate;

/** A dated step of the collaboration's timeline besides the draft and publish dates, such as a kick-off call. */
public record Milestone(String label, LocalDate due) {

    public static final int MAX_LABEL = 120;

    public Milestone {
        label = label == null ? "" : label.strip();
    }

    public String describe() {
        return label + " " + Formats.date(due);
    }

    String problem() {
        if (label.isEmpty() || due == null) {
            return "Give each milestone a name and a date.";
        }
        return label.length() > MAX_LABEL ? "Keep milestone names under " + MAX_LABEL + " characters." : null;
    }
}
