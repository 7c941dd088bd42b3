package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A payment made to the creator, as a member records it (Creatordesk records payments; it does not make them). */
public record PaymentDetails(BigDecimal amount, String currency, LocalDate paidOn, String method, String note) {

    public static final int MAX_METHOD = 60;
    public static final int MAX_NOTE = 1000;

    public PaymentDetails {
        currency = currency == null || currency.isBlank() ? Money.DEFAULT_CURRENCY : currency.strip().toUpperCase(Locale.ROOT);
        method = method == null ? "" : method.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (amount == null) {
            problems.put("amount", "Enter the amount paid.");
        } else if (amount.signum() <= 0) {
            problems.put("amount", "Enter an amount above zero.");
        } else {
            Amounts.check(problems, "amount", amount, "The amount");
        }
        Amounts.checkCurrency(problems, "currency", currency);
        if (paidOn == null) {
            problems.put("paidOn", "Enter the date of the payment.");
        }
        if (method.isEmpty()) {
            problems.put("method", "Enter how it was paid, for example Bank transfer.");
        } else if (method.length() > MAX_METHOD) {
            problems.put("method", "Use at most " + MAX_METHOD + " characters.");
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.put("note", "Use at most " + MAX_NOTE + " characters.");
        }
        return problems;
    }

    void requireValid() {
        problems().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new CollaborationRuleViolation(problem.getKey(), problem.getValue());
        });
    }
}
