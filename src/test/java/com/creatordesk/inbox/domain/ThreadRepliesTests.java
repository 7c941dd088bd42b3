package com.creatordesk.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.inbox.domain.mime.MimeReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which message a reply from the app answers, when server dates (whole seconds) can't tell them apart. */
class ThreadRepliesTests {

    static final Instant SAME_SECOND = Instant.parse("2026-03-02T10:15:30Z");
    static final UUID THREAD = UUID.randomUUID();

    @Test
    void aReplyAnswersTheMessageNobodyAnsweredYetEvenWithinOneSecond() throws Exception {
        EmailMessage outreach = message("<outreach@brand.test>", "", Direction.OUTBOUND, SAME_SECOND.plusMillis(900));
        EmailMessage creatorReply = message("<reply@creator.test>", "In-Reply-To: <outreach@brand.test>\n"
                + "References: <outreach@brand.test>\n", Direction.INBOUND, SAME_SECOND);

        // stored in either order (a reply may arrive before its parent is synced from Sent)
        assertThat(ThreadReplies.latest(List.of(outreach, creatorReply)).getMessageId()).isEqualTo("<reply@creator.test>");
        assertThat(ThreadReplies.latest(List.of(creatorReply, outreach)).getMessageId()).isEqualTo("<reply@creator.test>");
    }

    @Test
    void ofTwoUnansweredMessagesTheNewerOneIsAnswered() throws Exception {
        EmailMessage outreach = message("<outreach@brand.test>", "", Direction.OUTBOUND, SAME_SECOND.minusSeconds(60));
        EmailMessage first = message("<first@creator.test>", "In-Reply-To: <outreach@brand.test>\n", Direction.INBOUND,
                SAME_SECOND.minusSeconds(30));
        EmailMessage second = message("<second@creator.test>", "In-Reply-To: <outreach@brand.test>\n", Direction.INBOUND,
                SAME_SECOND);

        assertThat(ThreadReplies.latest(List.of(outreach, second, first)).getMessageId()).isEqualTo("<second@creator.test>");
    }

    private static EmailMessage message(String messageId, String headers, Direction direction, Instant storedAt)
            throws Exception {
        String source = "From: someone@creator.test\r\nTo: team@brand.test\r\nSubject: Summer collab\r\nMessage-ID: " + messageId
                + "\r\n" + headers.replace("\n", "\r\n") + "\r\nHello\r\n";
        return new EmailMessage(MimeReader.read(source.getBytes(StandardCharsets.UTF_8), SAME_SECOND), THREAD, direction,
                MessageSource.INBOX, storedAt);
    }
}
