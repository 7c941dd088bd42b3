package com.creatordesk.collaborations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet shows as text: never a formula. */
class CsvTests {

    @Test
    void cellsThatCouldRunAsFormulasArePrefixedWithAQuote() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("Jane = great")).isEqualTo("Jane = great");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.line(List.of("a,b", "say \"hi\"", "two\nlines", ""))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }
}
