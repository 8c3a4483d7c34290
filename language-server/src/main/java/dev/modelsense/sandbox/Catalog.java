package dev.modelsense.sandbox;

import dev.modelsense.jinja.ColumnInfo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the warehouse's information_schema: which relations a schema holds (to resolve refs to models already built
 * in the sandbox and to know what a swap replaces) and their columns (for {@code is_incremental()} and the metadata
 * cache). Read-only, so it bypasses the statement guard.
 */
final class Catalog {

    private Catalog() {
    }

    /** Relation name (as stored) to kind, for every table and view in the schema. */
    static Map<String, RelationKind> relations(Warehouse warehouse, String schema) {
        String sql = "select table_name, table_type from information_schema.tables where lower(table_schema) = ?"
                + (warehouse.database() == null ? "" : " and lower(table_catalog) = ?") + " order by table_name";
        Map<String, RelationKind> found = new LinkedHashMap<>();
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql)) {
            statement.setString(1, schema.toLowerCase(Locale.ROOT));
            if (warehouse.database() != null) {
                statement.setString(2, warehouse.database().toLowerCase(Locale.ROOT));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), RelationKind.fromTableType(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new SandboxException(SandboxError.of(SandboxError.Kind.SQL_ERROR, "Could not read the catalog of "
                    + schema + ": " + warehouse.secrets().redact(e.getMessage())));
        }
        return found;
    }

    static List<ColumnInfo> columns(Warehouse warehouse, String schema, String relation) {
        String sql = "select column_name, data_type from information_schema.columns where lower(table_schema) = ?"
                + " and table_name = ? order by ordinal_position";
        List<ColumnInfo> columns = new ArrayList<>();
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql)) {
            statement.setString(1, schema.toLowerCase(Locale.ROOT));
            statement.setString(2, relation);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new ColumnInfo(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new SandboxException(SandboxError.of(SandboxError.Kind.SQL_ERROR, "Could not read the columns of "
                    + schema + "." + relation + ": " + warehouse.secrets().redact(e.getMessage())));
        }
        return columns;
    }
}
