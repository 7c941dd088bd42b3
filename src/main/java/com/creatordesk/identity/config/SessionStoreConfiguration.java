package com.creatordesk.identity.config;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are plain JDBC and never run inside a JPA transaction (whose persistence context would resolve its
 * tenant from the very session being loaded). Every request reads its session and writes its last access
 * time: single statements that need no transaction around them, so the session store runs them in autocommit
 * and each costs one round trip instead of three (BEGIN, statement, COMMIT). A save that writes several
 * attributes is then not atomic; the worst a crash in its middle leaves is a session missing an attribute
 * written by that request, as if the request had not finished.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    /** Declared here because the session store's {@link TransactionOperations} makes Spring Boot's own back off. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Spring Session takes this instead of a transaction template over a transaction manager. */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }
}
