package com.creatordesk.identity;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Binds {@link Tenancy} around every {@link ApplicationModuleListener} whose event is
 * {@link OrganizationScoped}, outside the listener's own transaction, so its persistence context is
 * scoped to the event's organization.
 */
@Configuration(proxyBeanMethods = false)
class ListenerTenancy {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor organizationScopedListenerAdvisor() {
        MethodInterceptor bindTenant = invocation -> {
            Object[] arguments = invocation.getArguments();
            if (arguments.length > 0 && arguments[0] instanceof OrganizationScoped event) {
                return Tenancy.callAs(event.organizationId(), () -> proceed(invocation));
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), bindTenant);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Object proceed(org.aopalliance.intercept.MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
