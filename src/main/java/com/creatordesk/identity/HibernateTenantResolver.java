package com.creatordesk.identity;

import com.creatordesk.identity.config.MemberPrincipal;
import java.util.Map;
import java.util.UUID;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Feeds Hibernate's {@code @TenantId} from {@link Tenancy} or, in a request, the signed-in member. */
@Component
class HibernateTenantResolver implements CurrentTenantIdentifierResolver<UUID>, HibernatePropertiesCustomizer {

    /** Loading the security context may itself open a persistence context; that one sees nothing. */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        UUID bound = Tenancy.bound();
        if (bound != null) {
            return bound;
        }
        if (RESOLVING.get()) {
            return Tenancy.NOBODY;
        }
        RESOLVING.set(true);
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
                return member.organizationId();
            }
            return Tenancy.NOBODY;
        } finally {
            RESOLVING.remove();
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return Tenancy.SYSTEM.equals(tenantId);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
