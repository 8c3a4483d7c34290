package dev.modelsense.compile;

import dev.modelsense.project.SourceTableProperties;

/** A source table with the relation it reads, resolved for the target (database defaults to the target's). */
public record SourceNode(String uniqueId, SourceTableProperties properties, String database, String schema,
                         String identifier, String relationName, boolean enabled) {

    public String sourceName() {
        return properties.sourceName();
    }

    public String tableName() {
        return properties.tableName();
    }

    public String packageName() {
        return properties.packageName();
    }
}
