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
}
