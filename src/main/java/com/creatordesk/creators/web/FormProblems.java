package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.CreatorClash;
import com.creatordesk.creators.domain.CreatorRuleViolation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts a refused change next to the form field it is about; a clash also offers a link to the existing creator. */
final class FormProblems {

    private FormProblems() {
    }

    static void show(CreatorRuleViolation violation, BindingResult errors, Model model, UnaryOperator<String> fields) {
        String field = violation.field() == null ? null : fields.apply(violation.field());
        if (field == null) {
            errors.reject("rule", violation.getMessage());
        } else {
            errors.rejectValue(field, "rule", violation.getMessage());
        }
        if (violation instanceof CreatorClash clash) {
            model.addAttribute("clash", clash);
        }
    }

    /** The first problem of each field (and “” for the whole form), for fragments that render without th:object. */
    static Map<String, String> byField(BindingResult errors) {
        Map<String, String> problems = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(), error.getDefaultMessage()));
        errors.getGlobalErrors().forEach(error -> problems.putIfAbsent("", error.getDefaultMessage()));
        return problems;
    }

    /** A whole number typed into a form (“12,300” is fine); a problem names {@code field}. */
    static Long whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new CreatorRuleViolation(field, "Enter a whole number, like 12500.");
        }
    }

    static BigDecimal percentage(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new CreatorRuleViolation(field, "Enter a percentage, like 3.5.");
        }
    }
}
