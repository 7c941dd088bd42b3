package com.creatordesk.collaborations.domain;

import com.creatordesk.identity.OrganizationId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The organization the current persistence context is scoped to: the signed-in member's in a request, the
 * one bound with {@code Tenancy} in a listener or job. For new aggregates (their events name it) and for
 * native SQL, which Hibernate does not filter. Call it inside a transaction.
 */
@Component
public class ScopedOrganization {

    @PersistenceContext
    private EntityManager entityManager;

    public OrganizationId get() {
        return new OrganizationId((UUID) entityManager.unwrap(Session.class).getTenantIdentifierValue());
    }
}
