package com.creatordesk.identity;

import com.creatordesk.identity.config.MemberPrincipal;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which organization's data the current thread sees. In a web request that is the signed-in member's
 * organization; background jobs name it explicitly with {@link #callAs}. Hibernate's {@code @TenantId}
 * scopes every query of a tenant-owned entity to it, so scoping does not depend on each query's
 * {@code where} clause. A thread with no organization sees nothing.
 *
 * <p>The scope is bound when a persistence context opens: call these outside a transaction.
 */
public final class Tenancy {

    /** Matches no row: the tenant of a thread that has none. */
    static final UUID NOBODY = new UUID(0L, 0L);
    /** Sees every organization's rows; only for cross-tenant look-ups such as sign-in by email. */
    static final UUID SYSTEM = new UUID(0L, 1L);

    private static final ThreadLocal<UUID> BOUND = new ThreadLocal<>();
    /** Loading the security context may itself open a persistence context; that one sees nothing. */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    private Tenancy() {
    }

    public static <T> T callAs(OrganizationId organization, Supplier<T> work) {
        return bind(organization.value(), work);
    }

    public static void runAs(OrganizationId organization, Runnable work) {
        bind(organization.value(), () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work that must see every organization: sign-in, following a link whose token names its
     * organization, and schedulers that then hand each organization's work to {@link #callAs}.
     */
    public static <T> T callAsSystem(Supplier<T> work) {
        return bind(SYSTEM, work);
    }

    /**
     * For native SQL, which Hibernate does not scope: whether a persistence context with this tenant (its
     * session's tenant identifier) sees every organization's rows, so the SQL must not filter by it.
     */
    public static boolean seesEveryOrganization(UUID tenant) {
        return SYSTEM.equals(tenant);
    }

    static UUID bound() {
        return BOUND.get();
    }

    /**
     * The tenant a persistence context opened now would be scoped to: the one bound with {@link #callAs}, else the
     * signed-in member's organization, else none. For SQL run outside a transaction; inside one, the persistence
     * context's own tenant is the one that counts. {@link #seesEveryOrganization} tells the cross-tenant case.
     */
    public static UUID current() {
        UUID bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        if (RESOLVING.get()) {
            return NOBODY;
        }
        RESOLVING.set(true);
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member
                    ? member.organizationId()
                    : NOBODY;
        } finally {
            RESOLVING.remove();
        }
    }

    private static <T> T bind(UUID tenant, Supplier<T> work) {
        UUID previous = BOUND.get();
        BOUND.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }
}
