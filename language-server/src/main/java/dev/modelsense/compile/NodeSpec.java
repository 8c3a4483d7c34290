package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.ProjectFile;

import java.util.List;

/**
 * A node found on disk, before its Jinja runs: a model, analysis, singular test, snapshot block or seed.
 * {@code bodyLine} is the 0-based line where {@code rawCode} starts in the file (non-zero for snapshot blocks).
 */
public record NodeSpec(String uniqueId, NodeKind kind, String packageName, String name, Object version,
                       ProjectFile file, String rawCode, int bodyLine, List<String> fqn, NodeProperties properties) {

    /** dbt's resource_type string. */
    public String resourceType() {
        return kind.name().toLowerCase();
    }
}
