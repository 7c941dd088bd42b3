package com.creatordesk.identity.config;

import com.creatordesk.identity.domain.SignedInSessions;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Deletes a member's sessions from the shared session store, wherever they were created. */
@Component
class JdbcSignedInSessions implements SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    JdbcSignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void signOutEverywhere(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }
}
