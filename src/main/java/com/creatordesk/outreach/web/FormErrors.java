package com.creatordesk.outreach.web;

import com.creatordesk.outreach.domain.OutreachRuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Puts refused input's messages next to their fields (form records); the page is then shown again with 422. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(BindingResult errors, Map<String, String> problems) {
        problems.forEach((field, message) -> errors.rejectValue(field, "invalid", message));
    }

    /** Next to its field when the form has it, else above the form. */
    static void add(BindingResult errors, OutreachRuleViolation violation) {
        boolean formHasField = violation.field() != null && Arrays.stream(errors.getTarget().getClass().getRecordComponents())
                .anyMatch(component -> component.getName().equals(violation.field()));
        if (formHasField) {
            errors.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            errors.reject("rule", violation.getMessage());
        }
    }

    static String refuse(HttpServletResponse response, String view) {
        response.setStatus(422);
        return view;
    }
}
