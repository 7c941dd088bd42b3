package com.creatordesk.creators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.creators.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules of the pool that need no database: handles, tags, CSV cells, column guesses, delimiters. */
class CreatorRulesTests {

    @Test
    void handlesLoseTheirAtSignAndPastedLinksBecomeHandles() {
        assertThat(Handles.normalize("  @@Jane.Doe ")).isEqualTo("Jane.Doe");
        assertThat(Handles.normalize("https://www.instagram.com/jane.doe/?hl=en")).isEqualTo("jane.doe");
        assertThat(Handles.normalize("https://www.tiktok.com/@janedoe")).isEqualTo("janedoe");
        assertThat(Handles.normalize("https://www.linkedin.com/in/jane-doe/")).isEqualTo("jane-doe");
        assertThat(Handles.problem(Platform.INSTAGRAM, "jane doe")).isPresent();
        assertThat(Handles.problem(Platform.OTHER, "jane~doe")).isEmpty();
        assertThat(Handles.problem(Platform.X, "x".repeat(101))).contains("Use at most 100 characters.");
    }

    @Test
    void tagsAreTrimmedSingleSpacedAndUniqueIgnoringCase() {
        assertThat(Tags.parse(" vip,  Top   Performer ; VIP\nbeauty,,")).containsExactly("vip", "Top Performer", "beauty");
        assertThat(Tags.clean(List.of("x".repeat(60)))).containsExactly("x".repeat(40));
    }

    @Test
    void exportedCellsNeverStartAFormula() {
        assertThat(List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "", "a=b"))
                .extracting(CsvCells::safe)
                .containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "", "a=b");
        assertThat(new ImportRow(2, List.of("'=1+2", "'plain"), null).cell(0)).as("an import takes our quote off again")
                .isEqualTo("=1+2");
        assertThat(new ImportRow(2, List.of("'=1+2", "'plain"), null).cell(1)).isEqualTo("'plain");
    }

    @Test
    void columnsAreGuessedFromTheirHeaders() {
        assertThat(List.of("E-mail", "Display name", "Instagram Handle", "IG", "Twitter", "Youtube username", "Subscribers",
                "ER", "Something else", "Avatar link", "Other"))
                .extracting(ImportField::guess)
                .containsExactly(ImportField.EMAIL, ImportField.NAME, ImportField.INSTAGRAM, ImportField.INSTAGRAM, ImportField.X,
                        ImportField.YOUTUBE, ImportField.FOLLOWERS, ImportField.ENGAGEMENT, ImportField.IGNORE,
                        ImportField.AVATAR_URL, ImportField.OTHER);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() {
        assertThat(CsvFiles.delimiter("a;b;c\n1,5;2;3".getBytes())).isEqualTo(';');
        assertThat(CsvFiles.delimiter("a\tb\n".getBytes())).isEqualTo('\t');
        assertThat(CsvFiles.delimiter("\"a;b\",c\n".getBytes())).isEqualTo(',');
        assertThat(CsvFiles.firstInvalidUtf8Byte("Zo\u00eb".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(CsvFiles.firstInvalidUtf8Byte(new byte[] {'Z', 'o', (byte) 0xEB})).isEqualTo(2);
    }

    @Test
    void importedFiguresAcceptSpreadsheetSpellings() {
        assertThat(ImportRowReader.followers("12,300")).isEqualTo(12_300L);
        assertThat(ImportRowReader.followers("12.5K")).isEqualTo(12_500L);
        assertThat(ImportRowReader.followers("1.2m")).isEqualTo(1_200_000L);
        assertThat(ImportRowReader.engagement("3,5 %")).isEqualByComparingTo("3.5");
    }
}
