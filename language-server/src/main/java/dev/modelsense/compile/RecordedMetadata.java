package dev.modelsense.compile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.QueryResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warehouse answers recorded by a sandbox run (when the user allows it) and read back by every later compile:
 * relation columns for {@code get_columns_in_relation} and results of {@code run_query}. Stored as JSON under the
 * project's target path ({@link #FILE_NAME}).
 */
public final class RecordedMetadata implements MetadataCache {

    public static final String FILE_NAME = "modelsense_metadata.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    private record Stored(Map<String, List<ColumnInfo>> columns, Map<String, QueryResult> queries) {
    }

    private final Map<String, List<ColumnInfo>> columns = new ConcurrentHashMap<>();
    private final Map<String, QueryResult> queries = new ConcurrentHashMap<>();

    public static RecordedMetadata empty() {
        return new RecordedMetadata();
    }

    /** Reads a file written by {@link #toJson}; a damaged file reads as empty (the answers are only a cache). */
    public static RecordedMetadata fromJson(String json) {
        RecordedMetadata metadata = new RecordedMetadata();
        try {
            Stored stored = GSON.fromJson(json, new TypeToken<Stored>() { }.getType());
            if (stored != null) {
                if (stored.columns() != null) {
                    stored.columns().forEach((key, list) -> metadata.columns.put(key, List.copyOf(list)));
                }
                if (stored.queries() != null) {
                    metadata.queries.putAll(stored.queries());
                }
            }
        } catch (JsonParseException | IllegalStateException e) {
            return new RecordedMetadata();
        }
        return metadata;
    }

    public String toJson() {
        return GSON.toJson(new Stored(new java.util.TreeMap<>(columns), new java.util.TreeMap<>(queries)));
    }

    public void recordColumns(String database, String schema, String identifier, List<ColumnInfo> found) {
        columns.put(key(database, schema, identifier), List.copyOf(found));
    }

    /** Takes every answer of {@code other}, replacing this one's for the same relation or query. */
    public void addAll(RecordedMetadata other) {
        columns.putAll(other.columns);
        queries.putAll(other.queries);
    }

    public void recordQuery(String sql, QueryResult result) {
        queries.put(normalize(sql), result);
    }

    @Override
    public Optional<List<ColumnInfo>> columns(String database, String schema, String identifier) {
        return Optional.ofNullable(columns.get(key(database, schema, identifier)));
    }

    @Override
    public Optional<QueryResult> query(String sql) {
        return Optional.ofNullable(queries.get(normalize(sql)));
    }

    public boolean isEmpty() {
        return columns.isEmpty() && queries.isEmpty();
    }

    private static String key(String database, String schema, String identifier) {
        return (database == null ? "" : database.toLowerCase(Locale.ROOT)) + "." + lower(schema) + "."
                + lower(identifier);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Whitespace-insensitive, so the same query rendered with other indentation still finds its answer. */
    static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
