package dev.modelsense.conventions;

import dev.modelsense.compile.NodeCalls;
import dev.modelsense.compile.ParsedNode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts a model's name is made of, as far as they can be told: its source (the one source it reads, else the
 * folder it sits in below its layer folder) and its entity (the name without layer prefix and source).
 */
final class ModelNames {

    private ModelNames() {
    }

    /** Values for a naming template's placeholders ({@code <source>}, {@code <entity>}, {@code <name>}). */
    static Map<String, String> placeholderValues(LayerRules layers, ParsedNode node) {
        Map<String, String> values = new HashMap<>();
        Optional<String> source = source(layers, node);
        source.ifPresent(value -> values.put("source", value));
        String entity = entity(layers, node.name(), source.orElse(null));
        values.put("entity", entity);
        values.put("name", entity);
        return values;
    }

    /** The name without its layer prefix and its {@code <source>__} part. */
    static String entity(LayerRules layers, String name, String source) {
        String entity = name;
        for (Layer layer : layers.layers()) {
            for (String prefix : layer.prefixes()) {
                if (entity.toLowerCase().startsWith(prefix.toLowerCase()) && entity.length() > prefix.length()) {
                    entity = entity.substring(prefix.length());
                }
            }
        }
        int doubleUnderscore = entity.indexOf("__");
        if (doubleUnderscore > 0 && doubleUnderscore + 2 < entity.length()) {
            entity = entity.substring(doubleUnderscore + 2);
        } else if (source != null && entity.startsWith(source + "_") && entity.length() > source.length() + 1) {
            entity = entity.substring(source.length() + 1);
        }
        return entity;
    }

    /** The entity in the singular, as key columns name it ({@code customers} → {@code customer}). */
    static String singular(String entity) {
        if (entity.endsWith("ies") && entity.length() > 3) {
            return entity.substring(0, entity.length() - 3) + "y";
        }
        if (entity.endsWith("sses") || entity.endsWith("xes") || entity.endsWith("ches") || entity.endsWith("shes")) {
            return entity.substring(0, entity.length() - 2);
        }
        if (entity.endsWith("s") && !entity.endsWith("ss") && entity.length() > 1) {
            return entity.substring(0, entity.length() - 1);
        }
        return entity;
    }

    private static Optional<String> source(LayerRules layers, ParsedNode node) {
        Set<String> sources = new LinkedHashSet<>(node.sources().stream().map(NodeCalls.SourceCall::sourceName)
                .toList());
        if (sources.size() == 1) {
            return Optional.of(sources.iterator().next());
        }
        List<String> folders = ModelLayers.folders(node.spec().file().originalFilePath());
        if (folders.isEmpty()) {
            return Optional.empty();
        }
        String innermost = folders.get(folders.size() - 1);
        boolean isLayerFolder = layers.layers().stream()
                .anyMatch(layer -> layer.folders().stream().anyMatch(innermost::equalsIgnoreCase));
        return isLayerFolder ? Optional.empty() : Optional.of(innermost);
    }
}
