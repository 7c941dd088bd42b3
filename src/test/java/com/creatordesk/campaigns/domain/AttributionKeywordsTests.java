package com.creatordesk.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionKeywordsTests {

    @Test
    void splitsOnCommasAndSpacesLowerCasesAndRemovesDuplicatesInTypedOrder() {
        assertThat(AttributionKeywords.parse(" #SummerGlow, northwind\t#summerglow,,  ##Glow  # , NorthWind\nsale"))
                .containsExactly("#summerglow", "northwind", "#glow", "sale");
    }

    @Test
    void nothingTypedIsNoKeywords() {
        assertThat(AttributionKeywords.parse(null)).isEmpty();
        assertThat(AttributionKeywords.parse(" ,  , ")).isEmpty();
    }

    @Test
    void formatsForTheForm() {
        assertThat(AttributionKeywords.format(List.of("#a", "b"))).isEqualTo("#a, b");
        assertThat(AttributionKeywords.parse(AttributionKeywords.format(List.of("#a", "b")))).containsExactly("#a", "b");
    }
}
