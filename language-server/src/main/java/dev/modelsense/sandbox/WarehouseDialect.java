package dev.modelsense.sandbox;

import dev.modelsense.compile.RelationAddress;

import java.util.Locale;

/**
 * What differs between warehouses for the DDL a sandbox run sends: identifier limits, whether DDL is transactional
 * (so a swap is atomic), whether MERGE exists, and how drops and renames are spelled.
 *
 * @param maxIdentifierLength longest identifier the warehouse keeps (PostgreSQL truncates at 63 bytes)
 * @param transactionalDdl    drop + rename can run in one transaction
 * @param merge               {@code MERGE INTO} is available (else merge runs as delete + insert in a transaction)
 * @param dropCascade         drops need {@code cascade} to remove dependent views
 */
public record WarehouseDialect(String type, int maxIdentifierLength, boolean transactionalDdl, boolean merge,
                               boolean dropCascade) {

    public static WarehouseDialect of(String adapterType) {
        String type = adapterType == null ? "duckdb" : adapterType.toLowerCase(Locale.ROOT);
        return switch (type) {
            // DuckDB 1.1 has no MERGE; PostgreSQL 14 (the embedded server) neither, 15+ does but delete+insert is portable
            case "duckdb" -> new WarehouseDialect(type, 255, true, false, false);
            case "postgres" -> new WarehouseDialect(type, 63, true, false, true);
            case "redshift" -> new WarehouseDialect(type, 127, true, false, true);
            case "snowflake" -> new WarehouseDialect(type, 255, false, true, true);
            case "trino" -> new WarehouseDialect(type, 128, false, true, false);
            default -> new WarehouseDialect(type, 63, false, false, false);
        };
    }

    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public String qualified(RelationAddress address) {
        StringBuilder out = new StringBuilder();
        if (address.database() != null && !address.database().isBlank()) {
            out.append(quote(address.database())).append('.');
        }
        return out.append(quote(address.schema())).append('.').append(quote(address.identifier())).toString();
    }

    /** Unquoted identifiers fold to lower case in PostgreSQL and DuckDB; sandbox names are always folded. */
    public String fold(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    /** PostgreSQL names schemas only inside the connected database; DuckDB and others accept a qualified name. */
    public String createSchema(String database, String schema) {
        boolean qualify = database != null && !database.isBlank() && !type.equals("postgres")
                && !type.equals("redshift");
        String name = qualify ? quote(database) + "." + quote(schema) : quote(schema);
        return "create schema if not exists " + name;
    }

    public String createView(RelationAddress relation, String sql) {
        return "create view " + qualified(relation) + " as (\n" + sql + "\n)";
    }

    public String createTableAs(RelationAddress relation, String sql) {
        return "create table " + qualified(relation) + " as (\n" + sql + "\n)";
    }

    public String drop(RelationAddress relation, RelationKind kind) {
        return "drop " + kind.keyword() + " if exists " + qualified(relation) + (dropCascade ? " cascade" : "");
    }

    public String rename(RelationAddress relation, RelationKind kind, String newIdentifier) {
        return "alter " + kind.keyword() + " " + qualified(relation) + " rename to " + quote(newIdentifier);
    }
}
