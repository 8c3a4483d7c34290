package dev.modelsense.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One member of the project graph.
 *
 * @param uniqueId         as dbt builds it: {@code model.<pkg>.<name>}, {@code model.<pkg>.<name>.v2},
 *                         {@code source.<pkg>.<source>.<table>}, {@code seed...}, {@code snapshot...},
 *                         {@code exposure...}, {@code test...}
 * @param originalFilePath the file path relative to the package root (dbt's {@code original_file_path})
 * @param fqn              the fully qualified name as dbt builds it (versioned models end with {@code v<version>})
 * @param config           the node's final config (materialized, tags, enabled, schema, meta, ...)
 * @param version          the model version (a number or a string), or null when the model is not versioned
 */
public record GraphNode(String uniqueId, NodeKind kind, String packageName, String name, List<String> fqn,
                        String originalFilePath, Set<String> tags, Map<String, Object> config, Object version,
                        boolean enabled) {

    public GraphNode {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(kind, "kind");
        packageName = packageName == null ? "" : packageName;
        name = name == null ? "" : name;
        fqn = fqn == null ? List.of() : List.copyOf(fqn);
        originalFilePath = originalFilePath == null ? "" : originalFilePath;
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        // config values may legitimately be null (e.g. `schema: null`), which Map.copyOf rejects
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public boolean isVersioned() {
        return version != null;
    }

    /**
     * The source name of a source node: the part of {@code source.<pkg>.<source>.<table>} between the package
     * and the table name.
     */
    public String sourceName() {
        String prefix = "source." + packageName + ".";
        String suffix = "." + name;
        if (uniqueId.startsWith(prefix) && uniqueId.endsWith(suffix)
                && uniqueId.length() > prefix.length() + suffix.length()) {
            return uniqueId.substring(prefix.length(), uniqueId.length() - suffix.length());
        }
        // dbt's source fqn ends with [..., source_name, table_name]
        return fqn.size() >= 2 ? fqn.get(fqn.size() - 2) : "";
    }
}
