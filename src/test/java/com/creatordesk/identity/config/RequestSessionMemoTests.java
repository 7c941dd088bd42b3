package com.creatordesk.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

class RequestSessionMemoTests {

    /** An in-memory session store that counts reads. */
    static class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> stored = new HashMap<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            stored.values().removeIf(kept -> kept.getOriginalId().equals(session.getOriginalId()));
            stored.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            MapSession found = stored.get(id);
            return found == null ? null : new MapSession(found);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    final CountingStore store = new CountingStore();
    @SuppressWarnings({"unchecked", "rawtypes"})
    final RequestSessionMemo<Session> memo = new RequestSessionMemo<>((FindByIndexNameSessionRepository) store);

    @AfterEach
    void close() {
        RequestSessionMemo.close();
    }

    MapSession stored() {
        MapSession session = new MapSession();
        store.save(session);
        return session;
    }

    @Test
    void withinARequestTheSessionIsReadOnceAndTheSameOneIsAnsweredAgain() {
        String id = stored().getId();
        assertThat(RequestSessionMemo.open()).isTrue();
        Session first = memo.findById(id);
        memo.save(first);
        assertThat(memo.findById(id)).isSameAs(first);
        assertThat(store.reads).containsExactly(id);
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        String id = stored().getId();
        memo.findById(id);
        memo.findById(id);
        assertThat(store.reads).containsExactly(id, id);
    }

    @Test
    void afterTheIdChangesTheOldIdIsReadFromTheStoreAgain() {
        String id = stored().getId();
        RequestSessionMemo.open();
        Session session = memo.findById(id);
        session.changeSessionId();
        memo.save(session);
        assertThat(memo.findById(id)).isNull();
        assertThat(memo.findById(session.getId())).isSameAs(session);
        assertThat(store.reads).containsExactly(id, id);
    }

    @Test
    void aDeletedSessionIsForgottenAndTheNextRequestStartsEmpty() {
        String id = stored().getId();
        RequestSessionMemo.open();
        memo.findById(id);
        memo.deleteById(id);
        assertThat(memo.findById(id)).isNull();
        RequestSessionMemo.close();
        String other = stored().getId();
        assertThat(RequestSessionMemo.open()).isTrue();
        assertThat(RequestSessionMemo.open()).as("a nested dispatch keeps the request's memory").isFalse();
        memo.findById(other);
        assertThat(store.reads).containsExactly(id, id, other);
    }

    @Test
    void aSessionsLastAccessMovesOnlyOnceItIsAMinuteOld() {
        MapSession kept = stored();
        Instant stored = kept.getLastAccessedTime();
        Session session = memo.findById(kept.getId());
        session.setLastAccessedTime(stored.plus(Duration.ofSeconds(59)));
        assertThat(session.getLastAccessedTime()).isEqualTo(stored);
        memo.save(session);
        assertThat(store.stored.get(kept.getId()).getLastAccessedTime()).isEqualTo(stored);

        session.setLastAccessedTime(stored.plus(Duration.ofSeconds(60)));
        memo.save(session);
        assertThat(store.stored.get(kept.getId()).getLastAccessedTime()).isEqualTo(stored.plus(Duration.ofSeconds(60)));
    }

    @Test
    void attributesPassStraightThrough() {
        MapSession kept = stored();
        Session session = memo.findById(kept.getId());
        session.setAttribute("flash", "Saved.");
        memo.save(session);
        assertThat(store.stored.get(kept.getId()).<String>getAttribute("flash")).isEqualTo("Saved.");
    }
}
