package com.creatordesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatordesk.IntegrationTest;
import com.creatordesk.inbox.InboxFixture.Org;
import com.creatordesk.inbox.domain.Fetched;
import com.creatordesk.inbox.domain.FetchedChunk;
import com.creatordesk.inbox.domain.MailStore;
import com.creatordesk.inbox.domain.MailStore.ClaimLostException;
import com.creatordesk.inbox.domain.MessageSource;
import com.creatordesk.inbox.domain.SyncClaims;
import com.creatordesk.inbox.domain.mime.MimeReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One instance syncs a mailbox at a time: a claim is taken only when free or expired, renewed by its owner,
 * and an instance whose claim was taken over can no longer store anything.
 */
@IntegrationTest
class SyncClaimsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired SyncClaims claims;
    @Autowired MailStore store;

    @Test
    void aMailboxIsClaimedByOneInstanceUntilItsClaimExpires() throws Exception {
        InboxFixture fixture = InboxFixture.of(context);
        Org org = fixture.organization("Claims Co");
        // not registered for sync, so this instance's own coordinator stays out of the way

        assertThat(claims.claim(org.id().value(), "instance-a", Duration.ofMinutes(1))).isTrue();
        assertThat(claims.claim(org.id().value(), "instance-b", Duration.ofMinutes(1))).isFalse();
        assertThat(claims.renew("instance-a", Duration.ofMinutes(1))).contains(org.id().value());
        assertThat(claims.claim(org.id().value(), "instance-a", Duration.ofMinutes(1))).isTrue();

        fixture.jdbc().update("update mailbox_sync_claims set expires_at = now() - interval '1 second' where organization_id = ?",
                org.id().value());
        assertThat(claims.renew("instance-a", Duration.ofMinutes(1))).doesNotContain(org.id().value());
        assertThat(claims.claim(org.id().value(), "instance-b", Duration.ofMinutes(1))).isTrue();
        assertThat(claims.holds(org.id().value(), "instance-a")).isFalse();

        Fetched mail = Fetched.readable(1, MimeReader.read(("From: a@creator.test\r\nSubject: Late\r\nMessage-ID: <late@creator.test>"
                + "\r\n\r\nHi\r\n").getBytes(StandardCharsets.US_ASCII), Instant.now()));
        FetchedChunk stale = new FetchedChunk(org.id(), "team@brand.test", "INBOX", MessageSource.INBOX, 1, 1, List.of(mail),
                null, "instance-a");
        assertThatThrownBy(() -> store.store(stale)).isInstanceOf(ClaimLostException.class);
        assertThat(fixture.messages(org)).isZero();

        store.store(new FetchedChunk(org.id(), "team@brand.test", "INBOX", MessageSource.INBOX, 1, 1, List.of(mail), null,
                "instance-b"));
        assertThat(fixture.messages(org)).isEqualTo(1);
        claims.release(org.id().value(), "instance-b");
        assertThat(claims.claim(org.id().value(), "instance-a", Duration.ofMinutes(1))).isTrue();
    }
}
