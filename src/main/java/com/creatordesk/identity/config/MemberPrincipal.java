package com.creatordesk.identity.config;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.MemberId;
import com.creatordesk.identity.OrganizationId;
import com.creatordesk.identity.Role;
import com.creatordesk.identity.domain.Member;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member as Spring Security keeps them in the (database-backed) session. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID memberId;
    private final UUID organizationId;
    private final String name;
    private final String email;
    private final Role role;
    private String passwordHash;

    private MemberPrincipal(UUID memberId, UUID organizationId, String name, String email, Role role, String passwordHash) {
        this.memberId = memberId;
        this.organizationId = organizationId;
        this.name = name;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public static MemberPrincipal of(Member member) {
        return new MemberPrincipal(member.getId(), member.getOrganizationId(), member.getName(), member.getEmail(),
                member.getRole(), member.getPasswordHash());
    }

    public UUID organizationId() {
        return organizationId;
    }

    public CurrentMember toCurrentMember() {
        return new CurrentMember(new MemberId(memberId), new OrganizationId(organizationId), name, email, role);
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
