package com.creatordesk.identity.domain;

import com.creatordesk.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/** Team members of the current organization (tenant-scoped by Hibernate). */
public interface TeamMembers extends CrudRepository<Member, UUID> {

    @Query("select m from Member m where lower(m.email) = lower(:email)")
    Optional<Member> findByEmail(String email);

    List<Member> findAllByOrderByNameAsc();

    /** Across all organizations (a native query is not tenant-filtered): the email is the sign-in name. */
    @Query(value = "select exists (select 1 from members where lower(email) = lower(:email))", nativeQuery = true)
    boolean existsInAnyOrganization(String email);

    long countByRole(Role role);
}
