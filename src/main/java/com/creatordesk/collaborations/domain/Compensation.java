package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How the creator is paid: a fixed fee, a commission, a product exchange (a product and its value), or any
 * combination. Every part is optional. Creatordesk records these terms; it does not process payments.
 */
@Embeddable
public record Compensation(
        @Column(name = "fee_amount") BigDecimal feeAmount,
        @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "fee_currency", length = 3) String feeCurrency,
        @Column(name = "commission_percent") BigDecimal commissionPercent,
        @Column(name = "product_name") String productName,
        @Column(name = "product_value_amount") BigDecimal productValueAmount,
        @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "product_value_currency", length = 3) String productValueCurrency) {

    public static final Compensation NONE = new Compensation(null, null, null, null, null, null);
    public static final int MAX_PRODUCT = 200;

    public Compensation {
        productName = productName == null || productName.isBlank() ? null : productName.strip();
        feeCurrency = feeAmount == null ? null : currencyOrDefault(feeCurrency);
        productValueCurrency = productValueAmount == null ? null : currencyOrDefault(productValueCurrency);
    }

    public Optional<Money> fee() {
        return Optional.ofNullable(feeAmount).map(amount -> new Money(amount, feeCurrency));
    }

    public Optional<Money> productValue() {
        return Optional.ofNullable(productValueAmount).map(amount -> new Money(amount, productValueCurrency));
    }

    public boolean isEmpty() {
        return feeAmount == null && commissionPercent == null && productName == null && productValueAmount == null;
    }

    void describeInto(Map<String, String> terms) {
        terms.put("Fixed fee", Formats.money(feeAmount, feeCurrency));
        terms.put("Commission", commissionPercent == null ? Formats.NONE : commissionPercent.stripTrailingZeros().toPlainString() + "%");
        String product = productName == null ? Formats.NONE : productName;
        if (productValueAmount != null) {
            product = product + " (value " + Formats.money(productValueAmount, productValueCurrency) + ")";
        }
        terms.put("Product exchange", product);
    }

    void problemsInto(Map<String, String> problems) {
        Amounts.check(problems, "feeAmount", feeAmount, "The fixed fee");
        Amounts.checkCurrency(problems, "feeCurrency", feeCurrency);
        if (commissionPercent != null && (commissionPercent.signum() < 0 || commissionPercent.compareTo(BigDecimal.valueOf(100)) > 0
                || commissionPercent.stripTrailingZeros().scale() > 2)) {
            problems.put("commissionPercent", "Enter a commission from 0 to 100 percent, with at most two decimals.");
        }
        if (productName != null && productName.length() > MAX_PRODUCT) {
            problems.put("productName", "Use at most " + MAX_PRODUCT + " characters.");
        }
        Amounts.check(problems, "productValue", productValueAmount, "The product value");
        Amounts.checkCurrency(problems, "productValueCurrency", productValueCurrency);
        if (productValueAmount != null && productName == null) {
            problems.put("productName", "Name the product the value belongs to.");
        }
    }

    private static String currencyOrDefault(String currency) {
        return currency == null || currency.isBlank() ? Money.DEFAULT_CURRENCY : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
