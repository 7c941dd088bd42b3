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
        // the first character carries six bits of the token (the last may carry only padding bits)
        char first = token.charAt(0);
        assertThat(links.messageId((first == 'A' ? 'B' : 'A') + token.substring(1))).isEmpty();
        assertThat(new UnsubscribeLinks("another secret").messageId(token)).isEmpty();
        assertThat(links.messageId("not base64 !")).isEmpty();
        assertThat(links.messageId(null)).isEmpty();
    }
}
