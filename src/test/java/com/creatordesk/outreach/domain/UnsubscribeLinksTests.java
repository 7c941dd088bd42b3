package com.creatordesk.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeLinksTests {

    final UnsubscribeLinks links = new UnsubscribeLinks("secret");

    @Test
    void aTokenNamesItsMessageAndOnlyAnIntactOneIsAccepted() {
        UUID message = UUID.randomUUID();
        String token = links.token(message);

        assertThat(links.messageId(token)).contains(message);
        assertThat(links.url("https://app.example/", message)).isEqualTo("https://app.example/u/" + token);
        char last = token.charAt(token.length() - 1);
        assertThat(links.messageId(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(new UnsubscribeLinks("another secret").messageId(token)).isEmpty();
        assertThat(links.messageId("not base64 !")).isEmpty();
        assertThat(links.messageId(null)).isEmpty();
    }
}
