package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.util.Map;

/** The rules every money amount of a collaboration follows (what a numeric(14,2) column holds). */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("999999999999.99");
    static final String CURRENCY_PROBLEM = "Enter a three-letter ISO 4217 currency code, such as USD, EUR or GBP.";

    private Amounts() {
    }

    static void check(Map<String, String> problems, String field, BigDecimal amount, String what) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.put(field, what + " can't be negative.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.put(field, "Use at most two decimal places.");
        } else if (amount.compareTo(MAX) > 0) {
            problems.put(field, "Enter a smaller amount.");
        }
    }

    static void checkCurrency(Map<String, String> problems, String field, String currency) {
        if (currency != null && !Money.isCurrencyCode(currency)) {
            problems.put(field, CURRENCY_PROBLEM);
        }
    }
}
