package dev.modelsense.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.RelationAddress;
import dev.modelsense.compile.SourceNode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where production keeps each node and source, by unique id: from compiling the project for the defer target, or
 * from a production {@code manifest.json} (its nodes' and sources' database/schema/alias, as dbt's
 * {@code --state} reads them).
 */
public final class ProductionRelations {

    private final Map<String, RelationAddress> byId;

    private ProductionRelations(Map<String, RelationAddress> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static ProductionRelations of(ProjectSnapshot snapshot) {
        Map<String, RelationAddress> byId = new HashMap<>();
        for (ParsedNode node : snapshot.nodes().values()) {
            if (node.enabled() && !node.isEphemeral()) {
                byId.put(node.uniqueId(), new RelationAddress(node.database(), node.schema(), node.alias()));
            }
        }
        for (SourceNode source : snapshot.sources().values()) {
            byId.put(source.uniqueId(), new RelationAddress(source.database(), source.schema(), source.identifier()));
        }
        return new ProductionRelations(byId);
    }

    public static ProductionRelations fromManifest(String manifestJson) {
        Map<String, RelationAddress> byId = new HashMap<>();
        try {
            JsonObject root = JsonParser.parseString(manifestJson).getAsJsonObject();
            read(root.getAsJsonObject("nodes"), "alias", byId);
            read(root.getAsJsonObject("sources"), "identifier", byId);
        } catch (RuntimeException e) {
            throw new SandboxException(SandboxError.Kind.INVALID_REQUEST, "The state manifest is not a dbt "
                    + "manifest.json: " + e.getMessage());
        }
        return new ProductionRelations(byId);
    }

    private static void read(JsonObject section, String identifierKey, Map<String, RelationAddress> byId) {
        if (section == null) {
            return;
        }
        for (Map.Entry<String, JsonElement> entry : section.entrySet()) {
            JsonObject node = entry.getValue().getAsJsonObject();
            JsonElement relationName = node.get("relation_name");
            if (relationName == null || relationName.isJsonNull()) {
                continue; // ephemeral models and tests have no relation in production
            }
            byId.put(entry.getKey(), new RelationAddress(text(node, "database"), text(node, "schema"),
                    text(node, identifierKey)));
        }
    }

    private static String text(JsonObject node, String key) {
        JsonElement value = node.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    public Optional<RelationAddress> of(String uniqueId) {
        return Optional.ofNullable(byId.get(uniqueId));
    }

    public Set<String> schemas() {
        Set<String> schemas = new LinkedHashSet<>();
        byId.values().forEach(a -> schemas.add(a.schema()));
        return schemas;
    }
}
