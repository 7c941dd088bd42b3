package com.creatordesk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL a test run uses, in a fresh database of its own: the server named by
 * {@value #URL_VARIABLE} when set (CI points it at the local server), else a Testcontainers container
 * where Docker works, else an embedded PostgreSQL. Never H2.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "CREATORDESK_TEST_DATABASE_URL";
    static final String USER_VARIABLE = "CREATORDESK_TEST_DATABASE_USER";
    static final String PASSWORD_VARIABLE = "CREATORDESK_TEST_DATABASE_PASSWORD";

    public record Database(String url, String user, String password, String source) {
    }

    private static Database database;

    private TestPostgres() {
    }

    public static synchronized Database database() {
        if (database == null) {
            database = start();
            System.out.println("Tests use PostgreSQL from " + database.source() + ": " + database.url());
        }
        return database;
    }

    private static Database start() {
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl != null && !serverUrl.isBlank()) {
            String user = envOr(USER_VARIABLE, "postgres");
            return freshDatabaseOn(serverUrl, user, envOr(PASSWORD_VARIABLE, ""), "the server in " + URL_VARIABLE);
        }
        if (dockerWorks()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "a Testcontainers container");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data folder goes with it
                }
            }));
            return freshDatabaseOn(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "an embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static boolean dockerWorks() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Creates {@code test_<epoch seconds>_<random>}. Test databases are not dropped at exit (a JVM shutdown
     * hook would race Spring's own shutdown, which still needs the database); instead each run drops the
     * leftovers of runs that started more than {@link #STALE_AFTER_SECONDS} ago.
     */
    private static Database freshDatabaseOn(String serverUrl, String user, String password, String source) {
        long now = System.currentTimeMillis() / 1000;
        dropStaleDatabases(serverUrl, user, password, now);
        String name = "test_" + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(serverUrl, user, password, "CREATE DATABASE " + name);
        return new Database(withDatabase(serverUrl, name), user, password, source);
    }

    static final long STALE_AFTER_SECONDS = 3 * 3600;

    private static void dropStaleDatabases(String serverUrl, String user, String password, long now) {
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery("select datname from pg_database where datname ~ '^test_[0-9]+_[0-9a-f]+$'")) {
            while (names.next()) {
                String name = names.getString(1);
                long started = Long.parseLong(name.split("_")[1]);
                if (now - started > STALE_AFTER_SECONDS) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            return;
        }
        for (String name : stale) {
            try {
                execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name);
            } catch (RuntimeException stillInUse) {
                // another long run still uses it; a later run drops it
            }
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
