package com.creatordesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount of money in an ISO 4217 currency, with at most two decimal places (what every money column,
 * {@code numeric(14,2)}, stores). Two amounts that differ only in trailing zeros are equal.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "USD";

    /** One configured format per currency (a few hundred at most), copied for each use: formats aren't thread-safe. */
    private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money has at most two decimal places: " + amount, e);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Whether {@code code} is an upper-case ISO 4217 code that {@link Currency} knows. */
    public static boolean isCurrencyCode(String code) {
        if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** For people, such as $25,000.00, €1,200.50 or CHF 300.00. */
    public String formatted() {
        NumberFormat format = FORMATS.computeIfAbsent(currency, code -> {
            NumberFormat created = NumberFormat.getCurrencyInstance(Locale.US);
            created.setCurrency(Currency.getInstance(code));
            return created;
        });
        return ((NumberFormat) format.clone()).format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
