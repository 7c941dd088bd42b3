package com.creatordesk.identity.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/**
 * A session read from the store whose last access time is only moved forward once it is {@link #GRANULARITY}
 * old. Spring Session touches the session on every request, which made every signed-in request write its
 * session row; now a member's clicks write it at most once a minute. The session may therefore expire up to a
 * minute before its idle timeout (eight hours) has fully passed since the very last request. Everything else
 * (attributes, id changes, the idle timeout) passes straight through to the stored session.
 */
final class CoarseAccessSession implements Session {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    private final Session stored;

    CoarseAccessSession(Session stored) {
        this.stored = stored;
    }

    /** The session to hand back to the store. */
    Session stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(GRANULARITY))) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
