package com.creatordesk.collaborations.domain;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.MemberId;
import java.util.UUID;

/**
 * Who did something to a collaboration, as its history shows them: a team member (their name at the time)
 * or a process with a label such as "Inbox sync" or "System".
 */
public record Actor(UUID memberId, String name) {

    public static final Actor SYSTEM = new Actor(null, "System");
    static final int MAX_NAME = 120;

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
    }

    public static Actor member(CurrentMember member) {
        return new Actor(member.id().value(), member.name());
    }

    /** A process acting on its own, such as "Inbox sync". */
    public static Actor process(String label) {
        return new Actor(null, label);
    }

    public MemberId memberIdOrNull() {
        return memberId == null ? null : new MemberId(memberId);
    }
}
