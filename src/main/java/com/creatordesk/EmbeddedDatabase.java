package com.creatordesk;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-configuration runs: when no {@code spring.datasource.url} is set, a real PostgreSQL is started
 * from binaries shipped as Maven artifacts, keeping its data in a local folder so it survives restarts.
 * With a URL configured this class does nothing and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${creatordesk.data-dir}") Path dataDir,
            @Value("${creatordesk.embedded-database.port}") int port) throws IOException {
        Path pgData = dataDir.resolve("pgdata").toAbsolutePath();
        Files.createDirectories(pgData);
        stopLeftoverServer(pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Stopped by Spring when the application context closes, after everything that uses it: its own JVM
                // shutdown hook would stop it while the app is still finishing work on shutdown (outbox, events).
                .setRegisterShutdownHook(false)
                .start();
        log.info("No database URL configured (SPRING_DATASOURCE_URL): started the embedded PostgreSQL on port {} "
                + "with its data in {}. Set SPRING_DATASOURCE_URL to use your own server.", port, pgData);
        return postgres;
    }

    /**
     * A run that was killed (not stopped) leaves its PostgreSQL running and holding the data folder; stop
     * it so this run can start. Only the server recorded in this data folder's postmaster.pid is touched.
     */
    private static void stopLeftoverServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive).ifPresent(leftover -> {
            log.warn("A previous run left its embedded PostgreSQL (pid {}) running; stopping it.", leftover.pid());
            leftover.destroy();
            try {
                leftover.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the leftover embedded PostgreSQL (pid " + leftover.pid()
                        + "). Stop it, or delete " + pgData.getParent() + ", and start again.", e);
            }
        });
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPoolName("creatordesk-embedded");
        return pool;
    }
}
