package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.CollaborationRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * Reads what was typed into a form field; a value that cannot be read is recorded in {@code errors} against
 * its field (and reads as absent), so the form comes back with the text and a message next to it.
 */
final class FormValues {

    private static final String AMOUNT = "\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?";

    private FormValues() {
    }

    static BigDecimal amount(Errors errors, String field, String text) {
        if (blank(text)) {
            return null;
        }
        String clean = text.strip();
        String unsigned = clean.startsWith("-") ? clean.substring(1) : clean;
        if (!unsigned.matches(AMOUNT)) {
            errors.rejectValue(field, "invalid", "Enter an amount like 2500 or 2500.50.");
            return null;
        }
        return new BigDecimal(clean.replace(",", ""));
    }

    static BigDecimal percent(Errors errors, String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "invalid", "Enter a percentage, like 12.5.");
            return null;
        }
    }

    static LocalDate date(Errors errors, String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "invalid", "Enter a date like 2026-06-30.");
            return null;
        }
    }

    static Long count(Errors errors, String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "invalid", "Enter a whole number, like 12500.");
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The rules' problems, each against its field unless the field already has one from reading it. */
    static void reject(Errors errors, Map<String, String> problems) {
        problems.forEach((field, message) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", message);
            }
        });
    }

    /** A refused change next to its field, or for the whole form when it names none. */
    static void reject(Errors errors, CollaborationRuleViolation violation) {
        if (violation.field() == null) {
            errors.reject("rule", violation.getMessage());
        } else {
            errors.rejectValue(violation.field(), "rule", violation.getMessage());
        }
    }
}
