package dev.modelsense.sandbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open warehouse connection with what is needed to talk to it safely: its dialect, the database new relations
 * land in, and the secrets to scrub from anything the driver says.
 */
public record Warehouse(Connection connection, WarehouseDialect dialect, String database, Secrets secrets)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection has nothing left to report
        }
    }
}
