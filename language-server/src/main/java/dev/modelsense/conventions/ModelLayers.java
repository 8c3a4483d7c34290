package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;

import java.util.List;
import java.util.Optional;

/**
 * Which layer a model belongs to: the innermost folder of its path that names a layer
 * ({@code models/staging/stripe/base/base_x.sql} is in base), else the longest layer prefix its name starts with.
 */
final class ModelLayers {

    /** A model's layer, and whether its folder (rather than only its name) says so. */
    record Placement(Layer layer, boolean byFolder) {
    }

    private ModelLayers() {
    }

    static Optional<Placement> of(LayerRules rules, ParsedNode node) {
        return of(rules, node.spec().file().originalFilePath(), node.name());
    }

    static Optional<Placement> of(LayerRules rules, String originalFilePath, String name) {
        List<String> folders = folders(originalFilePath);
        for (int i = folders.size() - 1; i >= 0; i--) {
            String folder = folders.get(i);
            for (Layer layer : rules.layers()) {
                if (layer.folders().stream().anyMatch(folder::equalsIgnoreCase)) {
                    return Optional.of(new Placement(layer, true));
                }
            }
        }
        Layer best = null;
        int bestLength = 0;
        String lower = name.toLowerCase();
        for (Layer layer : rules.layers()) {
            for (String prefix : layer.prefixes()) {
                if (lower.startsWith(prefix.toLowerCase()) && prefix.length() > bestLength) {
                    best = layer;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best).map(layer -> new Placement(layer, false));
    }

    /** The folders of a file path, the first (the model path, e.g. {@code models}) excluded. */
    static List<String> folders(String originalFilePath) {
        String[] parts = originalFilePath.replace('\\', '/').split("/");
        if (parts.length <= 2) {
            return List.of();
        }
        return List.of(parts).subList(1, parts.length - 1);
    }
}
