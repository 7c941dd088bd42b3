package com.creatordesk.collaborations.domain;

import com.creatordesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How terms read in the activity history ("before → after"); an absent value reads as "—". */
final class Formats {

    static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? NONE : new Money(amount, currency).formatted();
    }

    static String text(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
