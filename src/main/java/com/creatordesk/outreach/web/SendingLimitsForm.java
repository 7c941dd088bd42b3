package com.creatordesk.outreach.web;

import org.springframework.validation.Errors;

/** Outreach → Sending limits, as typed; blank means the application's default. */
record SendingLimitsForm(String ratePerMinute, String dailyCap) {

    static final int MAX = 100_000;

    Integer rate(Errors errors) {
        return number("ratePerMinute", ratePerMinute, errors);
    }

    Integer cap(Errors errors) {
        return number("dailyCap", dailyCap, errors);
    }

    private static Integer number(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip().replace(",", ""));
            if (value >= 1 && value <= MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.rejectValue(field, "invalid", "Enter a whole number from 1 to " + String.format("%,d", MAX)
                + ", or leave it empty for the default.");
        return null;
    }
}
