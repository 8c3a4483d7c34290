package dev.modelsense.sandbox;

import dev.modelsense.project.TargetProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB keeps each target in its own database file: to read production relations while building in the sandbox, the
 * defer target's file is attached, read-only, under its catalog name (the name its relations are rendered with).
 */
final class DuckDbProduction {

    private DuckDbProduction() {
    }

    static void attach(Warehouse warehouse, TargetProfile sandboxTarget, TargetProfile production, Path projectRoot,
                       Path targetPath) {
        if (production == null || !"duckdb".equals(sandboxTarget.type()) || !"duckdb".equals(production.type())) {
            return;
        }
        String ours = WarehouseConnector.duckDbFile(sandboxTarget, projectRoot, targetPath);
        String theirs = WarehouseConnector.duckDbFile(production, projectRoot, targetPath);
        if (theirs.isEmpty() || theirs.equals(ours) || production.database() == null
                || production.database().equals(sandboxTarget.database()) || !Files.exists(Path.of(theirs))) {
            return;
        }
        String sql = "ATTACH IF NOT EXISTS '" + theirs.replace("'", "''") + "' AS \""
                + production.database().replace("\"", "\"\"") + "\" (READ_ONLY)";
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SandboxException(SandboxError.Kind.SQL_ERROR, "Cannot open the production database "
                    + theirs + " to defer to: " + warehouse.secrets().redact(e.getMessage()));
        }
    }
}
