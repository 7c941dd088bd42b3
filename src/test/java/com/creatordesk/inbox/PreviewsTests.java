package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.inbox.domain.mime.Previews;
import org.junit.jupiter.api.Test;

class PreviewsTests {

    @Test
    void keepsTheNewTextAndStopsAtTheQuotedAttribution() {
        String reply = "Sounds great!\r\n\r\nWhat are the terms?\r\nOn Mon, 2 Mar 2026 at 10:00, Team <team@brand.test> wrote:\r\n"
                + "> Hi Ava, would you like to join?\r\n";

        assertThat(Previews.of(reply)).isEqualTo("Sounds great! What are the terms?");
    }

    @Test
    void skipsQuotedLinesAndStopsAtForwardedHeadersWhateverTheirCase() {
        assertThat(Previews.of("> quoted first\nOur answer\n----- Original Message -----\nFrom: someone")).isEqualTo("Our answer");
        assertThat(Previews.of("Short note\nFROM: Team <team@brand.test>\nSent: today")).isEqualTo("Short note");
        assertThat(Previews.of("One of the best\nonly when we know more")).isEqualTo("One of the best only when we know more");
    }

    @Test
    void foldsWhitespaceAcrossEveryKindOfLineBreakAndClipsLongText() {
        assertThat(Previews.of("a\tb\u2028c\u0085d\re  \n\n f")).isEqualTo("a b c d e f");
        String preview = Previews.of(("word ".repeat(30) + "\n").repeat(20));
        assertThat(preview.length()).isLessThanOrEqualTo(Previews.LENGTH + 1);
        assertThat(preview).startsWith("word word");
    }

    @Test
    void emptyTextHasAnEmptyPreview() {
        assertThat(Previews.of("")).isEmpty();
        assertThat(Previews.of("\n\n> only a quote\n")).isEmpty();
    }
}
