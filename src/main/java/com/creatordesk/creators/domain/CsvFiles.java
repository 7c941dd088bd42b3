package com.creatordesk.creators.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reading uploaded CSV files: which encodings they can be read in, which delimiter they use (comma,
 * semicolon as European spreadsheets write, or tab), and a parser over their rows.
 */
public final class CsvFiles {

    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    /** Where the bytes stop being UTF-8 (a byte offset), or -1 when they are valid UTF-8 throughout. */
    public static int firstInvalidUtf8Byte(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            decoder.decode(bytes);
            return -1;
        } catch (CharacterCodingException e) {
            return Math.max(0, bytes.position());
        }
    }

    public static CSVParser parse(byte[] content, String encoding) {
        Charset charset = Charset.forName(encoding);
        int skip = charset.equals(StandardCharsets.UTF_8) && startsWithBom(content) ? UTF8_BOM.length : 0;
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip), charset);
        try {
            return CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter(content))
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes. */
    static char delimiter(byte[] content) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (byte b : content) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1] && content[2] == UTF8_BOM[2];
    }
}
