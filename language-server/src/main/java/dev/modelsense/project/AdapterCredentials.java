package dev.modelsense.project;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a rendered profile output into a {@link TargetProfile}, naming database and schema the way each
 * adapter's {@code Credentials} class does (aliases and defaults checked against the adapters' sources):
 * <ul>
 *   <li>duckdb: {@code database} defaults to the stem of {@code path} ({@code :memory:} or no path: {@code memory},
 *       a bare MotherDuck path: {@code my_db}); schema defaults to {@code main};</li>
 *   <li>postgres, redshift: {@code dbname} is an alias of {@code database};</li>
 *   <li>bigquery: {@code project} and {@code dataset} alias {@code database} and {@code schema}; database may stay null;</li>
 *   <li>databricks: {@code catalog} aliases {@code database}, then {@code session_properties.databricks.catalog},
 *       then {@code hive_metastore};</li>
 *   <li>trino: {@code catalog} aliases {@code database};</li>
 *   <li>spark, clickhouse: no database (dbt sets it to None); clickhouse schema defaults to {@code default}.</li>
 * </ul>
 * Keys consumed for database/schema leave {@code settings}; everything else (secrets included) stays there.
 */
final class AdapterCredentials {

    private static final List<String> DATABASE_ALIASES = List.of("database", "dbname", "catalog", "project");
    private static final List<String> SCHEMA_ALIASES = List.of("schema", "dataset");

    private AdapterCredentials() {}

    static TargetProfile toTarget(String profileName, String targetName, Map<String, Object> output,
                                  Problems problems, Location location) {
        Map<String, Object> settings = new LinkedHashMap<>(output);
        String type = text(settings.remove("type"));
        int threads = threads(settings.remove("threads"), problems, location);
        if (type == null) {
            problems.error("profile-invalid", "Target '" + targetName + "' of profile '" + profileName
                    + "' has no 'type'", location);
            type = "duckdb";
        }
        String database;
        String schema;
        switch (type) {
            case "duckdb" -> {
                String fromPath = duckdbDatabase(text(settings.get("path")));
                String explicit = text(settings.remove("database"));
                if (explicit != null && !explicit.equals(fromPath) && settings.get("remote") == null) {
                    problems.error("profile-invalid", "Inconsistency detected between 'path' and 'database' fields in "
                            + "profile; the 'database' property must be set to '" + fromPath + "' to match the 'path'",
                            location);
                }
                database = explicit != null ? explicit : fromPath;
                schema = orDefault(text(settings.remove("schema")), "main");
            }
            case "postgres", "redshift" -> {
                database = first(settings, "dbname", "database");
                schema = first(settings, "schema");
            }
            case "bigquery" -> {
                database = first(settings, "project", "database");
                schema = first(settings, "dataset", "schema");
            }
            case "databricks" -> {
                database = first(settings, "catalog", "database");
                if (database == null && settings.get("session_properties") instanceof Map<?, ?> session) {
                    database = text(session.get("databricks.catalog"));
                }
                database = database == null ? "hive_metastore" : database.strip();
                schema = first(settings, "schema");
            }
            case "trino" -> {
                database = first(settings, "catalog", "database");
                schema = first(settings, "schema");
            }
            case "spark" -> {
                settings.remove("database");
                database = null;
                schema = first(settings, "schema");
            }
            case "clickhouse" -> {
                settings.remove("database");
                database = null;
                schema = orDefault(first(settings, "schema"), "default");
            }
            case "snowflake" -> {
                database = first(settings, "database");
                schema = first(settings, "schema");
            }
            default -> {
                database = first(settings, DATABASE_ALIASES.toArray(String[]::new));
                schema = first(settings, SCHEMA_ALIASES.toArray(String[]::new));
            }
        }
        return new TargetProfile(profileName, targetName, type, database, schema, threads, Collections.unmodifiableMap(withoutNulls(settings)));
    }

    /** dbt-duckdb: the file stem of the path's last segment, URLs (md:, s3://) included. */
    static String duckdbDatabase(String path) {
        if (path == null || path.equals(":memory:")) {
            return "memory";
        }
        String scheme = null;
        String filePart = path;
        int colon = path.indexOf(':');
        if (colon > 1) { // "C:\..." has its colon at 1 and is a file path
            scheme = path.substring(0, colon);
            try {
                String uriPath = URI.create(path.replace(" ", "%20")).getPath();
                filePart = uriPath != null ? uriPath : path.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                filePart = path.substring(colon + 1);
            }
        }
        String base = filePart.substring(Math.max(filePart.lastIndexOf('/'), filePart.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isEmpty() && ("md".equals(scheme) || "motherduck".equals(scheme))) {
            return "my_db";
        }
        return stem;
    }

    private static String first(Map<String, Object> settings, String... keys) {
        String found = null;
        for (String key : keys) {
            String value = text(settings.remove(key));
            if (found == null) {
                found = value;
            }
        }
        return found;
    }

    private static int threads(Object value, Problems problems, Location location) {
        if (value == null) {
            return 1;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            problems.error("yaml-schema", "'threads' must be an integer, got " + Values.describe(value), location);
            return 1;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> settings) {
        Map<String, Object> result = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (value != null) {
                result.put(key, value);
            }
        });
        return result;
    }
}
