package com.creatordesk.identity.config;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions are plain JDBC: giving Spring Session its own transaction manager keeps it from opening a JPA
 * persistence context (whose tenant is resolved from the very session being loaded).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** Declared here because a second transaction manager makes Spring Boot's own JPA one back off. */
    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
