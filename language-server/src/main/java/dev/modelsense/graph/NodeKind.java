package dev.modelsense.graph;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of graph members, each with the {@code resource_type} string dbt uses for it. */
public enum NodeKind {
    MODEL("model"),
    SEED("seed"),
    SNAPSHOT("snapshot"),
    SOURCE("source"),
    ANALYSIS("analysis"),
    TEST("test"),
    EXPOSURE("exposure"),
    METRIC("metric"),
    SEMANTIC_MODEL("semantic_model");

    private final String resourceType;

    NodeKind(String resourceType) {
        this.resourceType = resourceType;
    }

    /** dbt's {@code resource_type}, also the first segment of a unique id. */
    public String resourceType() {
        return resourceType;
    }

    public static Optional<NodeKind> fromResourceType(String resourceType) {
        return Arrays.stream(values()).filter(kind -> kind.resourceType.equals(resourceType)).findFirst();
    }

    /**
     * dbt keeps models, seeds, snapshots, analyses and tests in {@code manifest.nodes}; several selector
     * methods (fqn, resource_type, version) search only those.
     */
    boolean isManifestNode() {
        return switch (this) {
            case MODEL, SEED, SNAPSHOT, ANALYSIS, TEST -> true;
            case SOURCE, EXPOSURE, METRIC, SEMANTIC_MODEL -> false;
        };
    }
}
