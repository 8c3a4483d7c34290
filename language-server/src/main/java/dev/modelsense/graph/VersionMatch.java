package dev.modelsense.graph;

import java.util.Optional;

/**
 * dbt's {@code version:} method over models: {@code latest}, {@code prerelease} (newer than latest), {@code old}
 * (older than latest) and {@code none} (unversioned). Beyond dbt, which rejects other values, a version number
 * such as {@code version:2} selects the models with that version.
 */
final class VersionMatch {
    private VersionMatch() {
    }

    static NodeMatcher matcher(String value) {
        return switch (value) {
            case "latest" -> (node, graph) -> isVersionedModel(node)
                    && latest(node, graph).map(latest -> ModelVersions.same(node.version(), latest)).orElse(false);
            case "prerelease" -> (node, graph) -> isVersionedModel(node)
                    && latest(node, graph).map(latest -> ModelVersions.compare(node.version(), latest) > 0)
                    .orElse(false);
            case "old" -> (node, graph) -> isVersionedModel(node)
                    && latest(node, graph).map(latest -> ModelVersions.compare(node.version(), latest) < 0)
                    .orElse(false);
            case "none" -> (node, graph) -> node.kind() == NodeKind.MODEL && !node.isVersioned();
            default -> {
                if (value.isBlank()) {
                    throw new SelectorSyntaxException("Invalid version type selector " + value
                            + ": expected one of: \"latest\", \"prerelease\", \"old\", \"none\" or a version");
                }
                yield (node, graph) -> isVersionedModel(node) && ModelVersions.same(node.version(), value);
            }
        };
    }

    private static boolean isVersionedModel(GraphNode node) {
        return node.kind() == NodeKind.MODEL && node.isVersioned();
    }

    private static Optional<Object> latest(GraphNode node, ModelGraph graph) {
        return graph.latestVersion(node);
    }
}
