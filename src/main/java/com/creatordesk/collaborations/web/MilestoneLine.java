package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.Milestone;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One milestone line of the form, as typed; an empty line is ignored. */
record MilestoneLine(String label, String due) {

    static MilestoneLine empty() {
        return new MilestoneLine("", "");
    }

    static MilestoneLine of(Milestone milestone) {
        return new MilestoneLine(milestone.label(), milestone.due().toString());
    }

    boolean isBlank() {
        return FormValues.blank(label) && FormValues.blank(due);
    }

    /** The milestone; a date that cannot be read reads as none, which the rules refuse with their message. */
    Milestone toMilestone() {
        LocalDate date;
        try {
            date = FormValues.blank(due) ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        return new Milestone(label, date);
    }
}
