package com.creatordesk.creators.domain;

import com.creatordesk.identity.OrganizationId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The organization the current persistence context is scoped to — the signed-in member's in a request,
 * the one bound with {@code Tenancy} in background work — for native SQL, which Hibernate does not filter.
 * Call it inside a transaction, so it names the same organization the transaction's JPA queries see.
 */
@Component
public class CurrentOrganization {

    @PersistenceContext
    private EntityManager entityManager;

    public UUID id() {
        return (UUID) entityManager.unwrap(Session.class).getTenantIdentifierValue();
    }

    public OrganizationId get() {
        return new OrganizationId(id());
    }
}
