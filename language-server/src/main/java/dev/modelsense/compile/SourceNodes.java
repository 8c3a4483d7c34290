package dev.modelsense.compile;

import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.PropertyFile;
import dev.modelsense.project.SourceTableProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/** Source tables from every property file, named for the target: database defaults to the target's. */
final class SourceNodes {

    private SourceNodes() {
    }

    static Map<String, SourceNode> build(LoadedProject project, RelationFactory relations) {
        Map<String, SourceNode> sources = new LinkedHashMap<>();
        String targetDatabase = project.target().database();
        for (PropertyFile file : project.properties()) {
            for (SourceTableProperties table : file.sources()) {
                String id = "source." + table.packageName() + "." + table.sourceName() + "." + table.tableName();
                String database = table.database() != null ? table.database() : targetDatabase;
                String schema = table.schema() != null ? table.schema() : table.sourceName();
                String identifier = table.identifier() != null ? table.identifier() : table.tableName();
                Object enabledFlag = table.config() == null ? null : table.config().get("enabled");
                boolean enabled = !Boolean.FALSE.equals(enabledFlag);
                String relationName = relations.create(database, schema, identifier, table.quoting()).render();
                sources.putIfAbsent(id, new SourceNode(id, table, database, schema, identifier, relationName,
                        enabled));
            }
        }
        return sources;
    }
}
