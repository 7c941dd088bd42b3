package com.creatordesk.identity.config;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.DispatcherType;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL so that any instance can serve any request. Every signed-in request reads its
 * session and writes its last access time, so the session store is tuned for exactly that:
 * <ul>
 * <li>It has a small connection pool of its own whose commits don't wait for the disk
 * ({@code synchronous_commit = off}); waiting for the write-ahead log to reach the disk was most of what a
 * page cost. If PostgreSQL itself crashes, the session writes of its last moment (well under a second) may be
 * lost: someone who signed in right then signs in again. Everything else keeps waiting for the disk.</li>
 * <li>Its statements run in autocommit, one round trip each instead of three (BEGIN, statement, COMMIT). A
 * save that writes several attributes is then not atomic; a crash in its middle leaves a session missing an
 * attribute of that request, as if the request had not finished.</li>
 * <li>Spring Session's second commit in a request doesn't read the session again ({@link RequestSessionMemo}).</li>
 * <li>A request writes its session's last access time only when the stored one is a minute old
 * ({@link CoarseAccessSession}): a member's clicks no longer write a row each.</li>
 * <li>It never runs inside a JPA transaction, whose persistence context would resolve its tenant from the very
 * session being loaded.</li>
 * </ul>
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

    /** Remembers the session a request read so Spring Session's second commit doesn't read it again. */
    @Bean
    static BeanPostProcessor requestSessionMemo() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new RequestSessionMemo(sessions) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSessionMemoFilter> requestSessionMemoFilter() {
        FilterRegistrationBean<RequestSessionMemoFilter> registration = new FilterRegistrationBean<>(new RequestSessionMemoFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean(defaultCandidate = false, destroyMethod = "close")
    @SpringSessionDataSource
    HikariDataSource sessionDataSource(DataSource dataSource) throws SQLException {
        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource sessions = new HikariDataSource();
        sessions.setPoolName("sessions");
        sessions.setJdbcUrl(main.getJdbcUrl());
        sessions.setUsername(main.getUsername());
        sessions.setPassword(main.getPassword());
        sessions.setMaximumPoolSize(4);
        sessions.setMinimumIdle(1);
        sessions.addDataSourceProperty("options", "-c synchronous_commit=off");
        return sessions;
    }

    /** Spring Session takes this instead of a transaction template over a transaction manager. */
    @Bean
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }
}
