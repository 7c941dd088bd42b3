package com.creatordesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void keepsTwoDecimalPlacesSoEqualAmountsAreEqual() {
        assertThat(Money.of("10", "USD")).isEqualTo(new Money(new BigDecimal("10.00"), "USD"));
        assertThat(Money.of("10.5", "EUR").amount()).isEqualByComparingTo("10.50").hasScaleOf(2);
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsOnlyUpperCaseIso4217Codes() {
        assertThat(Money.isCurrencyCode("GBP")).isTrue();
        assertThat(Money.isCurrencyCode("gbp")).isFalse();
        assertThat(Money.isCurrencyCode("XYZ")).isFalse();
        assertThat(Money.isCurrencyCode(null)).isFalse();
        assertThatThrownBy(() -> Money.of("1", "DOLLAR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsForPeople() {
        assertThat(Money.of("25000", "USD").formatted()).isEqualTo("$25,000.00");
        assertThat(Money.of("1200.5", "EUR").formatted()).isEqualTo("€1,200.50");
        assertThat(Money.of("3", "USD").toString()).isEqualTo("3.00 USD");
    }

    @Test
    void eachCurrencyKeepsItsOwnFormatWhateverWasFormattedBefore() {
        assertThat(Money.of("300", "CHF").formatted()).isEqualTo("CHF300.00");
        assertThat(Money.of("7", "USD").formatted()).isEqualTo("$7.00");
        assertThat(Money.of("1000", "JPY").formatted()).isEqualTo("¥1,000.00");
        assertThat(Money.of("300", "CHF").formatted()).isEqualTo("CHF300.00");
        assertThat(Money.of("0.5", "EUR").formatted()).isEqualTo("€0.50");
        assertThat(Money.of("7", "USD").formatted()).isEqualTo("$7.00");
    }

    @Test
    void formatsTheSameFromManyThreadsAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 2000; i++) {
                String amount = String.valueOf(i);
                String currency = i % 2 == 0 ? "USD" : "EUR";
                results.add(pool.submit(() -> Money.of(amount, currency).formatted()));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = (i % 2 == 0 ? "$" : "€") + String.format(java.util.Locale.US, "%,d.00", i);
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
