package dev.modelsense.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sends statements for one run: each is checked by the {@link StatementGuard} first, runs with the run's timeout,
 * and can be cancelled on the server through the {@link CancellationToken}. Driver errors come back with
 * credentials scrubbed and a kind (timeout, cancel, SQL error).
 */
final class StatementRunner {

    /** Reads a result set while the statement is still open. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Warehouse warehouse;
    private final StatementGuard guard;
    private final CancellationToken token;
    private final int timeoutSeconds;

    StatementRunner(Warehouse warehouse, StatementGuard guard, CancellationToken token, int timeoutSeconds) {
        this.warehouse = warehouse;
        this.guard = guard;
        this.token = token;
        this.timeoutSeconds = timeoutSeconds;
    }

    Warehouse warehouse() {
        return warehouse;
    }

    void execute(String sql) {
        guard.check(sql);
        run(sql, statement -> {
            statement.execute(sql);
            return null;
        });
    }

    <T> T query(String sql, Reader<T> reader) {
        guard.check(sql);
        return run(sql, statement -> {
            try (ResultSet rows = statement.executeQuery(sql)) {
                return reader.read(rows);
            }
        });
    }

    /** A guarded prepared statement (seed rows), cancellable like any other. */
    void prepared(String sql, ModelBuilder.Batch batch) {
        guard.check(sql);
        token.throwIfCancelled();
        try (java.sql.PreparedStatement statement = warehouse.connection().prepareStatement(sql);
             CancellationToken.Registration ignored = token.register(() -> cancel(statement))) {
            batch.fill(statement);
        } catch (SQLException e) {
            throw new SandboxException(classify(e), -1);
        }
    }

    /**
     * Drops a temporary relation after a failure or cancel: still guarded, but it runs even when the run is
     * cancelled, and a failure here is not reported over the original one.
     */
    void cleanup(String sql) {
        guard.check(sql);
        try {
            java.sql.Connection connection = warehouse.connection();
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException ignored) {
            // the connection is gone; the server drops nothing half-built because the swap never committed
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Statement statement) throws SQLException;
    }

    private <T> T run(String sql, Work<T> work) {
        token.throwIfCancelled();
        try (Statement statement = warehouse.connection().createStatement();
             CancellationToken.Registration ignored = token.register(() -> cancel(statement))) {
            if (timeoutSeconds > 0) {
                statement.setQueryTimeout(timeoutSeconds);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw new SandboxException(classify(e), ErrorPositions.statementLine(e, sql));
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // the statement already finished
        }
    }

    SandboxError classify(SQLException e) {
        String message = warehouse.secrets().redact(e.getMessage());
        if (token.isCancelled()) {
            return SandboxError.of(SandboxError.Kind.CANCELLED, "Run cancelled by the user; the statement was "
                    + "cancelled on the server");
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014") || e instanceof java.sql.SQLTimeoutException
                || message.toLowerCase(java.util.Locale.ROOT).contains("interrupt")) {
            return SandboxError.of(SandboxError.Kind.TIMEOUT, "The statement ran longer than the " + timeoutSeconds
                    + " s timeout and was cancelled");
        }
        if (state.startsWith("08")) {
            return SandboxError.of(SandboxError.Kind.CONNECTION_REFUSED, "Lost the warehouse connection: " + message);
        }
        return SandboxError.of(SandboxError.Kind.SQL_ERROR, message);
    }
}
