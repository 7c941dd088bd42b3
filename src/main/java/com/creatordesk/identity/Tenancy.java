package com.creatordesk.identity;

import java.util.UUID;
import java.util.function.Supplier;

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
