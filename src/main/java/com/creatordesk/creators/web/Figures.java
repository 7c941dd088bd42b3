package com.creatordesk.creators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Audience figures as the screens write them: 987, 12.3K, 4.1M; engagement as “3.45 %”. */
final class Figures {

    private Figures() {
    }

    static String followers(Long count) {
        if (count == null) {
            return "—";
        }
        if (count < 1_000) {
            return Long.toString(count);
        }
        if (count < 1_000_000) {
            return shortened(count, 1_000, "K");
        }
        if (count < 1_000_000_000) {
            return shortened(count, 1_000_000, "M");
        }
        return shortened(count, 1_000_000_000, "B");
    }

    static String engagement(BigDecimal rate) {
        return rate == null ? "—" : rate.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String shortened(long count, long unit, String suffix) {
        BigDecimal value = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN);
        return value.stripTrailingZeros().toPlainString() + suffix;
    }
}
