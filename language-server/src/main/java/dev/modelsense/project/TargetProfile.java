package dev.modelsense.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The selected profile target. {@code database}/{@code schema} are named the way the adapter names them
 * (see {@link AdapterCredentials}); {@code settings} holds every other field, secrets included, so
 * {@link #toString()} redacts anything that looks like a secret.
 *
 * @param database nullable for adapters without databases (spark, clickhouse) or when bigquery leaves it unset
 */
public record TargetProfile(String profileName, String targetName, String type, String database, String schema,
                            int threads, Map<String, Object> settings) {

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(pass|secret|token|private_key|keyfile_json|api_key|access_key|credential).*");
    static final String REDACTED = "*****";

    /** dbt-duckdb's target for {@code path: dev.duckdb}: what the loader uses when no profile is found. */
    public static TargetProfile duckdbDefault() {
        return duckdbDefault(null);
    }

    /** {@link #duckdbDefault()} for a project that names a profile that could not be found. */
    public static TargetProfile duckdbDefault(String profileName) {
        return new TargetProfile(profileName, "dev", "duckdb", "dev", "main", 1, Map.of("path", "dev.duckdb"));
    }

    /** The settings with secret-looking values replaced, safe to log or show. */
    public Map<String, Object> redactedSettings() {
        Map<String, Object> redacted = new LinkedHashMap<>();
        settings.forEach((key, value) -> redacted.put(key, SECRET_KEY.matcher(key).matches() ? REDACTED : value));
        return redacted;
    }

    @Override
    public String toString() {
        return "TargetProfile[profileName=" + profileName + ", targetName=" + targetName + ", type=" + type
                + ", database=" + database + ", schema=" + schema + ", threads=" + threads
                + ", settings=" + redactedSettings() + "]";
    }
}
