package dev.modelsense.jinja;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one node's render needs from the compiler; implemented outside this package. */
public interface NodeEnvironment {
    /** Package of the node being rendered; bare macro names are searched here first. */
    String packageName();

    /** False in the parse phase, true in the compile phase. */
    boolean execute();

    /** Throws {@link DbtCompilationException} for unknown or disabled refs. */
    Relation ref(RefArgs ref);

    Relation source(String sourceName, String tableName);

    /** {@code {{ config(...) }}}: the values as passed (kwargs, or one dict argument). */
    void config(Map<String, Object> values);

    /** {@code config.get/require/meta_get}: the node's merged config value, null if unset. */
    Object configGet(String key);

    /** Empty when undefined (then {@code var()} without a default raises). */
    Optional<Object> var(String name);

    Optional<String> envVar(String name);

    /** Nullable, e.g. when rendering a YAML value. */
    Relation thisRelation();

    Map<String, Object> target();

    Map<String, Object> model();

    Map<String, Object> graph();

    /** Metadata cache for {@code adapter.get_columns_in_relation}. */
    Optional<List<ColumnInfo>> columns(Relation relation);

    /** Metadata cache for {@code run_query} and {@code statement(fetch_result=True)}. */
    Optional<QueryResult> query(String sql);

    /** Tells the user an introspective answer was guessed. */
    void guessed(String what);

    void log(String message, boolean info);

    void warn(String message);
}
