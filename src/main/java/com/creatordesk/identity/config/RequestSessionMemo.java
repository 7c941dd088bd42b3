package com.creatordesk.identity.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as the request sees it. Sessions it reads come wrapped in {@link CoarseAccessSession}, so a
 * request writes the session row only when something in it changed or its last access is a minute old.
 *
 * <p>Spring Session's filter commits the session twice in a request that writes a page: when the page is flushed,
 * and again when the filter returns. The second time it reads the requested session from the database once
 * more, only to compare its id. Within a request this store answers a read from the session the same request
 * already read or saved, so a page costs one session read instead of two. Outside a request (between
 * {@link #open()} and {@link #close()}, which {@link RequestSessionMemoFilter} calls around the session filter)
 * nothing is remembered and every call goes to the database.
 */
final class RequestSessionMemo<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final ThreadLocal<Map<String, Session>> REMEMBERED = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    RequestSessionMemo(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** Starts remembering for this thread's request; false if an outer dispatch of the same request already did. */
    static boolean open() {
        if (REMEMBERED.get() != null) {
            return false;
        }
        REMEMBERED.set(new HashMap<>());
        return true;
    }

    static void close() {
        REMEMBERED.remove();
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(S session) {
        sessions.save(session instanceof CoarseAccessSession coarse ? (S) coarse.stored() : session);
        Map<String, Session> remembered = REMEMBERED.get();
        if (remembered != null) {
            remembered.clear(); // the id may have changed (session fixation protection): only the saved one is known
            remembered.put(session.getId(), session);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Map<String, Session> remembered = REMEMBERED.get();
        if (remembered == null) {
            return coarse(sessions.findById(id));
        }
        Session known = remembered.get(id);
        if (known != null && !known.isExpired()) {
            return (S) known;
        }
        S found = coarse(sessions.findById(id));
        if (found != null) {
            remembered.put(id, found);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private S coarse(S found) {
        return found == null ? null : (S) new CoarseAccessSession(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
        Map<String, Session> remembered = REMEMBERED.get();
        if (remembered != null) {
            remembered.remove(id);
        }
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
