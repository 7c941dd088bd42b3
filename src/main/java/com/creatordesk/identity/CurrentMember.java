package com.creatordesk.identity;

/** The signed-in member, as other modules see them. */
public record CurrentMember(MemberId id, OrganizationId organizationId, String name, String email, Role role) {
}
