package com.creatordesk.identity;

/** A team member as other modules show them (for example as the author of a timeline entry). */
public record MemberSummary(MemberId id, String name, String email, Role role) {
}
