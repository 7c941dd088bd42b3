package com.creatordesk.inbox;

import com.creatordesk.inbox.domain.mime.MimeReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** How long reading (parsing, sanitising) the benchmark's messages takes, without any IMAP or database. */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ParseBenchmark {

    @Test
    void parse() throws Exception {
        byte[][] raw = new byte[4000][];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = BenchmarkMail.message(i).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (byte[] message : raw) {
                MimeReader.read(message, Instant.now());
            }
            System.out.printf("BENCHMARK parse %d messages: %d ms%n", raw.length, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
