package com.creatordesk.identity.domain;

/** Ends a member's sessions on every app instance, so a removal or role change takes effect at once. */
public interface SignedInSessions {

    void signOutEverywhere(String email);
}
