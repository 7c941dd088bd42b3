package com.creatordesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Two transactions, each on a connection of its own, that run one statement twice with different
 * parameters: both run their first before either runs its second; then both run their second and commit
 * at the same time. Throws what either threw: a deadlock, for one, is a SQLException of state 40P01.
 */
public final class CrossedTransactions {

    private CrossedTransactions() {
    }

    public static void run(DataSource dataSource, String sql, Object[][] one, Object[][] other) throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            execute(first, sql, one[0]);
            execute(second, sql, other[0]);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> firstDone = threads.submit(finish(first, sql, one[1]));
                Future<?> secondDone = threads.submit(finish(second, sql, other[1]));
                firstDone.get(30, TimeUnit.SECONDS);
                secondDone.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception cause ? cause : failed;
            } finally {
                threads.shutdownNow();
                first.rollback();
                second.rollback();
            }
        }
    }

    public static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private static Callable<Void> finish(Connection connection, String sql, Object[] parameters) {
        return () -> {
            execute(connection, sql, parameters);
            connection.commit();
            return null;
        };
    }
}
